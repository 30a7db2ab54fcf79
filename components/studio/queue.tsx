"use client";

import { Bell, RotateCcw, X } from "lucide-react";
import Link from "next/link";
import { useMemo, useState } from "react";
import { toast } from "sonner";
import { cancelGenerationAction } from "@/lib/actions/generations";
import { defaultDurationMs, etaProgress } from "@/lib/generations/eta";
import { useGenerations, type ListedGeneration } from "@/lib/queries/generations";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/generation/copy-button";
import { ordinal } from "./ordinal";
import { StateBadge } from "./state-badge";
import { formatElapsed } from "@/components/generation/format";
import { useNow } from "./use-now";
import { useCompletionNotices } from "./use-completion-notices";

const ACTIVE = { status: "active", limit: "50" };

export function Queue() {
  const query = useGenerations(ACTIVE);
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const idsKey = items.map((g) => g.id).join(",");
  const activeIds = useMemo(
    () => (query.data ? idsKey.split(",").filter(Boolean) : undefined),
    [idsKey, query.data],
  );
  const { failures, dismiss } = useCompletionNotices(activeIds);
  const now = useNow(items.length > 0);

  if (items.length === 0 && failures.length === 0) return null;
  return (
    <section aria-labelledby="queue-title" className="grid gap-2" data-testid="queue">
      <div className="flex items-center justify-between">
        <h2 id="queue-title" className="text-sm font-semibold">
          In progress {items.length ? <span className="text-muted-foreground">({items.length})</span> : null}
        </h2>
        <NotifyButton />
      </div>
      <ul className="grid gap-2">
        {items.map((g) => (
          <QueueItem key={g.id} generation={g} now={now} />
        ))}
        {failures.map((g) => (
          <li
            key={g.id}
            data-testid="queue-failure"
            className="rounded-xl border border-danger/40 bg-danger/5 p-3 text-sm"
          >
            <div className="flex items-start justify-between gap-2">
              <p className="line-clamp-1 font-medium">{g.prompt}</p>
              <button
                type="button"
                aria-label="Dismiss"
                onClick={() => dismiss(g.id)}
                className="grid size-8 place-items-center rounded-md hover:bg-muted"
              >
                <X aria-hidden className="size-4" />
              </button>
            </div>
            <p className="text-danger" data-testid="failure-reason">
              {g.errorMessage}
            </p>
            {g.traceId ? (
              <p
                className="flex items-center gap-1 text-xs text-muted-foreground"
                data-testid="failure-trace"
              >
                Trace <code className="truncate">{g.traceId}</code>
                <CopyButton text={g.traceId} label="Copy trace id" copied="Trace id copied" iconOnly />
              </p>
            ) : null}
            <Button asChild variant="outline" size="sm" className="mt-2">
              <Link href={`/studio?remix=${g.id}`} data-testid="try-again">
                <RotateCcw aria-hidden /> Try again
              </Link>
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function QueueItem({ generation: g, now }: { generation: ListedGeneration; now: number }) {
  const started = new Date(g.submittedAt ?? g.createdAt).getTime();
  const elapsed = now - started;
  const expected = g.expectedMs ?? defaultDurationMs(g.durationSec);
  // Waiting in line: no progress to estimate until it is sent.
  const progress = g.queue ? 0 : etaProgress(started, expected, now);
  const remaining = Math.max(0, expected - elapsed);
  return (
    <li
      data-testid="queue-item"
      data-state={g.state}
      className="grid gap-2 rounded-xl border border-border bg-card p-3"
    >
      <div className="flex items-center justify-between gap-2">
        <StateBadge state={g.state} phase={g.phase} queue={g.queue} />
        <span className="text-xs tabular-nums text-muted-foreground" data-testid="elapsed">
          {formatElapsed(elapsed)}
          {g.queue
            ? " · waiting"
            : remaining > 0
              ? ` · about ${formatElapsed(remaining)} left`
              : " · any moment now"}
        </span>
      </div>
      <p className="line-clamp-1 text-sm">{g.prompt}</p>
      {g.queue ? (
        <p className="text-xs text-muted-foreground" data-testid="queue-position">
          {ordinal(g.queue.position)} in line · starts when one of the {g.queue.cap} running finishes
        </p>
      ) : null}
      {g.state === "unknown" ? (
        // Its answer was lost: no ETA and no "Try again" until Grok's own record settles it.
        <p className="text-xs text-muted-foreground" data-testid="checking">
          Checking with Grok… {g.errorMessage}
        </p>
      ) : null}
      <div
        role="progressbar"
        aria-label="Estimated progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        className="h-1.5 overflow-hidden rounded-full bg-muted"
      >
        <div
          className="h-full rounded-full bg-primary transition-[width] duration-1000"
          style={{ width: `${progress * 100}%` }}
        />
      </div>
      {g.state === "queued" ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={async () => {
            const result = await cancelGenerationAction({ id: g.id });
            if (result.ok) toast("Canceled before it was sent. Nothing was charged.");
            else toast.error(result.message);
          }}
        >
          Cancel
        </Button>
      ) : null}
    </li>
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
