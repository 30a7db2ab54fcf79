import type { GenerationDto } from "@/lib/generations/dto";
import { cn } from "@/lib/utils";
import { NotSavedMarker } from "@/components/generation/not-saved";

const LABELS: Record<GenerationDto["state"], string> = {
  queued: "Sending",
  unknown: "Checking",
  submitted: "Sent",
  running: "Generating",
  succeeded: "Ready",
  ready: "Ready",
  rejected: "Refused",
  failed: "Failed",
  timed_out: "Timed out",
  canceled: "Canceled",
};

/**
 * A generation's state in a word or two. With `saved`, a playable video that is not in our
 * storage says so: "Ready · not yet saved" while copies are tried, "Ready · not saved" after the
 * last one (the reason is the marker's hover hint and a line on the generation page).
 */
export function StateBadge({
  state,
  phase,
  saved,
  mirrorError = null,
  queue = null,
}: Pick<GenerationDto, "state" | "phase"> & Partial<Pick<GenerationDto, "saved" | "mirrorError" | "queue">>) {
  const notSaved = phase === "playable" && saved === "not_saved";
  return (
    <span
      data-testid="state-badge"
      data-state={state}
      className={cn(
        "inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium",
        phase === "active" && "bg-primary/15 text-primary",
        phase === "playable" && !notSaved && "bg-success/15 text-success",
        notSaved && "bg-warning/15 text-warning",
        phase === "failed" && "bg-danger/15 text-danger",
      )}
    >
      {phase === "active" ? (
        <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />
      ) : null}
      <span>
        {queue ? "In line" : LABELS[state]}
        {phase === "playable" ? <NotSavedMarker saved={saved ?? null} mirrorError={mirrorError} /> : null}
      </span>
    </span>
  );
}
