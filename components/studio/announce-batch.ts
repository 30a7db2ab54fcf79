"use client";

import { toast } from "@/components/ui/toast";
import type { BatchOutcome } from "@/lib/generations/batch";
import type { GenerationDto } from "@/lib/generations/dto";
import { getJson } from "@/hooks/use-generations";
import { announceOutcome, pacedWording } from "./announce-outcome";

/**
 * Tells the creator at once what became of a Generate: a single video as before, or a batch in
 * one toast (how many are on their way, how many wait in line), with a card for each one refused.
 */
export async function announceSubmit(result: BatchOutcome, addFailure: (g: GenerationDto) => void) {
  const { outcomes } = result;
  if (outcomes.length === 1) return announceOutcome(outcomes[0]!, addFailure);
  const refused = outcomes.filter((o) => o.state === "rejected" || o.state === "failed");
  if (refused.length) {
    toast.error(`${refused.length} of ${outcomes.length} videos could not be started`, {
      description: refused[0]!.errorMessage ?? undefined,
    });
    const cards = await Promise.all(
      refused.map((o) =>
        getJson<GenerationDto>(`/api/generations/${encodeURIComponent(o.generationId)}`).catch(() => null),
      ),
    );
    for (const g of cards) if (g) addFailure(g);
    if (refused.length === outcomes.length) return;
  }
  const waiting = outcomes.filter((o) => o.queuePosition).length;
  const paced = outcomes.find((o) => o.pacedUntil)?.pacedUntil;
  toast.success(`Generating ${outcomes.length - refused.length} videos`, {
    description: paced
      ? `${pacedWording(paced)} Follow them under “In progress”.`
      : waiting
        ? `${waiting} wait in line for a free slot. Follow them under “In progress”.`
        : "Follow them under “In progress”; they appear side by side when done.",
  });
}
