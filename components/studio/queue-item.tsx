"use client";

import { toast } from "@/components/ui/toast";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/shell/workspace-context";
import { formatElapsed } from "@/components/generation/format";
import { cancelGenerationAction } from "@/lib/actions/generation-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import type { ListedGeneration } from "@/hooks/use-generations";
import {
  durationBand,
  etaProgress,
  providerEstimate,
  remainingWording,
  typicalWording,
} from "@/lib/generations/eta";
import { getModel } from "@/lib/grok/catalog";
import { ordinal } from "./ordinal";
import { StateBadge } from "./state-badge";
import { BatchLabel } from "./batch-label";

/** One generation being made: its state, how long it has taken and what is usual for its kind. */
export function QueueItem({ generation: g, now }: { generation: ListedGeneration; now: number }) {
  const workspace = useWorkspace();
  const eta = g.eta ?? providerEstimate();
  // The history measures from being sent; before that there is nothing to estimate.
  const sent = g.submittedAt !== null && (g.state === "submitted" || g.state === "running");
  const started = new Date(g.submittedAt ?? g.createdAt).getTime();
  const elapsed = now - started;
  const progress = sent ? etaProgress(started, eta.typicalMs, now) : 0;
  const pacedFor = g.queue?.pacedUntil ? new Date(g.queue.pacedUntil).getTime() - now : 0;
  const status = g.queue
    ? pacedFor > 0
      ? `sent in ${Math.ceil(pacedFor / 1000)} s`
      : "waiting for a free slot"
    : g.state === "unknown"
      ? "checking"
      : sent
        ? remainingWording(eta, elapsed)
        : "being sent";
  const band = durationBand(g.durationSec);
  return (
    <li
      data-testid="queue-item"
      data-state={g.state}
      // A phone's strip shows most of one card and the edge of the next, so it reads as scrollable.
      className="grid w-[min(19rem,82vw)] shrink-0 snap-start content-start gap-2 rounded-xl border border-border bg-card p-3 lg:w-auto"
    >
      {/* One line whatever the clock says: a status that wrapped as it grew would move the page. */}
      <div className="flex min-w-0 items-center justify-between gap-2">
        <span className="shrink-0">
          <StateBadge state={g.state} phase={g.phase} queue={g.queue} />
        </span>
        <span className="min-w-0 truncate text-xs tabular-nums text-muted-foreground" data-testid="elapsed">
          {formatElapsed(elapsed)} · <span data-testid="remaining">{status}</span>
        </span>
      </div>
      <p className="flex min-w-0 items-center gap-2 text-sm">
        <Avatar name={g.creator.name ?? "?"} seed={g.creator.id} className="size-5 text-[9px]" />
        <span className="sr-only">{g.creator.name ?? "Someone"}: </span>
        <span className="line-clamp-1">{g.prompt}</span>
        <BatchLabel batch={g.batch} />
      </p>
      {g.queue ? (
        <p className="text-xs text-muted-foreground max-lg:truncate" data-testid="queue-position">
          {pacedFor > 0
            ? `${ordinal(g.queue.position)} in line · held by this workspace's submits per minute`
            : `${ordinal(g.queue.position)} in line · starts when one of the ${g.queue.cap} running finishes`}
        </p>
      ) : null}
      {g.state === "unknown" ? (
        // Its answer was lost: no ETA and no "Try again" until Grok's own record settles it.
        <p className="text-xs text-muted-foreground max-lg:truncate" data-testid="checking">
          Checking with Grok… {g.errorMessage}
        </p>
      ) : (
        <p className="text-xs text-muted-foreground max-sm:hidden" data-testid="eta-typical">
          {capitalize(typicalWording(eta))}
          {eta.source === "history"
            ? ` · from this studio's last ${eta.samples} at ${g.resolution}, ${band.min}–${band.max} s`
            : ` · ${getModel(g.model)?.label ?? "Grok"}'s typical time`}
        </p>
      )}
      <div
        role="progressbar"
        aria-label="Estimated progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(progress * 100)}
        aria-valuetext={status}
        className="h-1.5 overflow-hidden rounded-full bg-muted"
      >
        <div
          className="h-full rounded-full bg-primary transition-[width] duration-1000"
          style={{ width: `${progress * 100}%` }}
        />
      </div>
      {g.state === "queued" && workspace.canTouch(g.creator.id, "cancel") ? (
        <Button
          variant="ghost"
          size="sm"
          onClick={async () => {
            const result = await cancelGenerationAction(inWorkspace({ id: g.id }));
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

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
