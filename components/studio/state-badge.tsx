import type { GenerationDto } from "@/lib/generations/dto";
import { cn } from "@/lib/utils";
import { NotSavedMarker, notSavedHint } from "@/components/generation/not-saved";

const LABELS: Record<GenerationDto["state"], string> = {
  // Picked from the line and being sent; one still waiting for a slot says its place instead.
  queued: "Sending",
  unknown: "Checking",
  // Grok has it but has not started (its task says "pending").
  submitted: "Sent",
  // Grok's task says "processing": the video is being made.
  running: "Generating",
  succeeded: "Ready",
  ready: "Ready",
  rejected: "Refused",
  failed: "Failed",
  timed_out: "Timed out",
  canceled: "Canceled",
};

type BadgeProps = Pick<GenerationDto, "state" | "phase"> &
  Partial<Pick<GenerationDto, "saved" | "mirrorError" | "queue" | "copyRetry">>;

/** A generation's state in a word or two, as it truly stands. */
export function stateLabel({
  state,
  saved,
  queue,
  copyRetry,
}: Omit<BadgeProps, "phase" | "mirrorError">): string {
  if (queue) return `Queued (position ${queue.position})`;
  // A copy failed and will be tried again: said as it happens, not as a slow save.
  if (state === "succeeded" && saved === "saving" && copyRetry)
    return `Not saved yet · attempt ${copyRetry.failed} of ${copyRetry.of} failed`;
  // Made, and playing from the provider's link while our copy is written.
  if (state === "succeeded" && saved === "saving") return "Saving";
  return LABELS[state];
}

/**
 * A generation's state badge. A playable video that is not in our storage says so: "Saving"
 * while copies are tried, "Ready · not saved" after the last one (the reason is the hover hint
 * and a line on the generation page).
 */
export function StateBadge({
  state,
  phase,
  saved,
  mirrorError = null,
  queue = null,
  copyRetry = null,
}: BadgeProps) {
  const retrying = phase === "playable" && saved === "saving" && copyRetry !== null;
  const saving = phase === "playable" && saved === "saving" && !retrying;
  const notSaved = phase === "playable" && saved === "not_saved";
  return (
    <span
      data-testid="state-badge"
      data-state={state}
      data-saved={retrying ? "retrying" : undefined}
      title={saving || retrying ? notSavedHint({ saved, mirrorError, copyRetry }) : undefined}
      className={cn(
        "inline-flex max-w-full items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium",
        (phase === "active" || saving) && "bg-primary/15 text-primary",
        phase === "playable" && !notSaved && !saving && !retrying && "bg-success/15 text-success",
        (notSaved || retrying) && "bg-warning/15 text-warning",
        // A lighter tint than the others: red text on a 15 % red tint falls just under AA (4.47:1).
        phase === "failed" && "bg-danger/10 text-danger",
      )}
    >
      {phase === "active" || saving ? (
        <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />
      ) : null}
      <span>
        {stateLabel({ state, saved, queue, copyRetry })}
        {notSaved ? <NotSavedMarker saved={saved} mirrorError={mirrorError} /> : null}
      </span>
    </span>
  );
}
