"use client";

import { Bell } from "lucide-react";
import { useMemo, useState, useSyncExternalStore } from "react";
import { useGenerations } from "@/hooks/use-generations";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { ACTIVE_LIST } from "@/lib/queries/studio-lists";
import { NeedsAttention } from "./needs-attention";
import { QueueItem } from "./queue-item";
import { QueueBatch } from "./queue-batch";
import { queueEntries } from "./queue-entries";
import { useNow } from "../../hooks/use-now";
import { useCompletionNotices } from "./use-completion-notices";
import { useRecentFailures } from "./use-recent-failures";

/**
 * What is being made ("In progress") and what went wrong ("Needs attention"): a failure leaves the
 * first list for the second, with its reason and what to do, until it is dismissed (reloads keep it).
 * The server renders both with the page (their lists come with the HTML), so the gallery below
 * starts where it stays. On a phone the first is a strip that scrolls sideways and the second one
 * row that opens on tap: the first screen shows videos, not status cards.
 */
export function Queue() {
  const query = useGenerations(ACTIVE_LIST);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const idsKey = items.map((g) => g.id).join(",");
  const activeIds = useMemo(
    () => (query.data ? idsKey.split(",").filter(Boolean) : undefined),
    [idsKey, query.data],
  );
  const workspace = useWorkspace();
  const seen = useCompletionNotices(activeIds, items);
  const failures = useRecentFailures(workspace.userId, seen.failures, seen.dismissed);
  // Starts from the time the server rendered the list with, so both render the same elapsed times.
  const now = useNow(items.length > 0, 1_000, query.dataUpdatedAt);

  if (items.length === 0 && failures.length === 0) return null;
  return (
    <div className="grid min-w-0 gap-3 lg:gap-4" data-testid="queue">
      {items.length > 0 ? (
        <section aria-labelledby="queue-title" className="grid min-w-0 gap-2" data-testid="in-progress">
          {/* As tall as the button beside it, which appears only once the browser can be asked. */}
          <div className="flex min-h-8 items-center justify-between">
            <h2 id="queue-title" className="text-sm font-semibold">
              In progress <span className="text-muted-foreground">({items.length})</span>
            </h2>
            <NotifyButton />
          </div>
          {/* `relative`: the screen-reader-only names inside are positioned; without a positioned
              scroller they escaped its clipping and widened a phone's page to 653 px (pannable
              sideways, and a larger viewport for the largest paint). */}
          <ul className="relative -mx-4 flex snap-x gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0 lg:grid lg:grid-cols-2 lg:overflow-visible lg:pb-0 2xl:grid-cols-3">
            {queueEntries(items).map((entry) =>
              entry.kind === "one" ? (
                <QueueItem key={entry.generation.id} generation={entry.generation} now={now} />
              ) : (
                <QueueBatch key={entry.items[0]!.batch!.id} items={entry.items} now={now} />
              ),
            )}
          </ul>
        </section>
      ) : null}
      <NeedsAttention failures={failures} dismiss={seen.dismiss} />
    </div>
  );
}

const noSubscription = () => () => {};
const permissionNow = () => (typeof Notification === "undefined" ? "unsupported" : Notification.permission);

function NotifyButton() {
  // "unsupported" on the server and while hydrating; the browser's answer right after.
  const current = useSyncExternalStore(noSubscription, permissionNow, () => "unsupported");
  const [asked, setAsked] = useState<NotificationPermission | null>(null);
  if ((asked ?? current) !== "default") return null;
  return (
    <Button variant="ghost" size="sm" onClick={async () => setAsked(await Notification.requestPermission())}>
      <Bell aria-hidden /> Notify me
    </Button>
  );
}
