"use client";

import { Bell } from "lucide-react";
import { useMemo, useState } from "react";
import { useGenerations } from "@/lib/queries/generations";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { NeedsAttention } from "./needs-attention";
import { QueueItem } from "./queue-item";
import { useNow } from "./use-now";
import { useCompletionNotices } from "./use-completion-notices";
import { useRecentFailures } from "./use-recent-failures";

const ACTIVE = { status: "active", limit: "50" };

/**
 * What is being made ("In progress") and what went wrong ("Needs attention"): a failure leaves the
 * first list for the second, with its reason and what to do, until it is dismissed (reloads keep it).
 */
export function Queue() {
  const query = useGenerations(ACTIVE);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const idsKey = items.map((g) => g.id).join(",");
  const activeIds = useMemo(
    () => (query.data ? idsKey.split(",").filter(Boolean) : undefined),
    [idsKey, query.data],
  );
  const workspace = useWorkspace();
  const seen = useCompletionNotices(activeIds);
  const failures = useRecentFailures(workspace.userId, seen.failures, seen.dismissed);
  const now = useNow(items.length > 0);

  if (items.length === 0 && failures.length === 0) return null;
  return (
    <div className="grid gap-4" data-testid="queue">
      {items.length > 0 ? (
        <section aria-labelledby="queue-title" className="grid gap-2" data-testid="in-progress">
          <div className="flex items-center justify-between">
            <h2 id="queue-title" className="text-sm font-semibold">
              In progress <span className="text-muted-foreground">({items.length})</span>
            </h2>
            <NotifyButton />
          </div>
          <ul className="grid gap-2">
            {items.map((g) => (
              <QueueItem key={g.id} generation={g} now={now} />
            ))}
          </ul>
        </section>
      ) : null}
      <NeedsAttention failures={failures} dismiss={seen.dismiss} />
    </div>
  );
}

function NotifyButton() {
  const [permission, setPermission] = useState(() =>
    typeof Notification === "undefined" ? "unsupported" : Notification.permission,
  );
  if (permission !== "default") return null;
  return (
    <Button
      variant="ghost"
      size="sm"
      onClick={async () => setPermission(await Notification.requestPermission())}
    >
      <Bell aria-hidden /> Notify me
    </Button>
  );
}
