"use client";

import { toast } from "@/components/ui/toast";
import type { GenerationDto } from "@/lib/generations/dto";
import type { SubmitOutcome } from "@/lib/generations/submit-outcome";
import { getJson } from "@/hooks/use-generations";
import { ordinal } from "./ordinal";

/**
 * Tells the creator at once what became of a submit: refused (with the reason, and a card that
 * stays until dismissed), being checked with Grok (its answer was lost), or on its way.
 */
export async function announceOutcome(outcome: SubmitOutcome, addFailure: (g: GenerationDto) => void) {
  if (outcome.state === "rejected" || outcome.state === "failed") {
    toast.error(outcome.errorMessage ?? "The video could not be started.", {
      description: outcome.traceId ? `Trace ${outcome.traceId}` : undefined,
    });
    const g = await getJson<GenerationDto>(
      `/api/generations/${encodeURIComponent(outcome.generationId)}`,
    ).catch(() => null);
    if (g) addFailure(g);
    return;
  }
  if (outcome.state === "unknown") {
    toast("Checking with Grok…", {
      description:
        outcome.errorMessage ?? "Its answer was lost; the video may still arrive. It will not be sent twice.",
    });
    return;
  }
  if (outcome.pacedUntil) {
    toast.success(`Queued · ${ordinal(outcome.queuePosition ?? 1)} in line`, {
      description: `${pacedWording(outcome.pacedUntil)} Follow it under “In progress”.`,
    });
    return;
  }
  if (outcome.queuePosition) {
    toast.success(`Queued · ${ordinal(outcome.queuePosition)} in line`, {
      description: "It starts when one of the running videos finishes. Follow it under “In progress”.",
    });
    return;
  }
  toast.success("Generating your video", { description: "Follow it under “In progress”." });
}

/** Past the workspace's submits per minute: what waits, and until when (nothing to re-enter). */
export function pacedWording(until: string): string {
  const seconds = Math.max(1, Math.ceil((new Date(until).getTime() - Date.now()) / 1000));
  return `Past this workspace's submits per minute, so it waits its turn: sent in about ${seconds} s.`;
}
