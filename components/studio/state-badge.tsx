import type { GenerationDto } from "@/lib/generations/dto";
import { cn } from "@/lib/utils";

const LABELS: Record<GenerationDto["state"], string> = {
  queued: "Sending",
  unknown: "Checking",
  submitted: "Queued",
  running: "Generating",
  succeeded: "Ready",
  ready: "Ready",
  rejected: "Refused",
  failed: "Failed",
  timed_out: "Timed out",
  canceled: "Canceled",
};

export function StateBadge({ state, phase }: Pick<GenerationDto, "state" | "phase">) {
  return (
    <span
      data-testid="state-badge"
      data-state={state}
      className={cn(
        "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium",
        phase === "active" && "bg-primary/15 text-primary",
        phase === "playable" && "bg-success/15 text-success",
        phase === "failed" && "bg-danger/15 text-danger",
      )}
    >
      {phase === "active" ? (
        <span aria-hidden className="size-1.5 animate-pulse rounded-full bg-current" />
      ) : null}
      {LABELS[state]}
    </span>
  );
}
