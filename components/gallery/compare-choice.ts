import type { GenerationDto } from "@/lib/generations/dto";
import { COMPARE_MAX, COMPARE_MIN, compareHref } from "@/lib/generations/compare-limits";

export type CompareChoice = { ok: true; href: string } | { ok: false; reason: string };

const playable = (g: Pick<GenerationDto, "phase" | "videoUrl">) =>
  g.phase === "playable" && Boolean(g.videoUrl);

/** Whether the checked videos can be compared side by side, and if not, why, in words. */
export function compareChoice(
  selected: readonly Pick<GenerationDto, "id" | "phase" | "videoUrl">[],
): CompareChoice {
  const n = selected.length;
  if (n < COMPARE_MIN || n > COMPARE_MAX)
    return {
      ok: false,
      reason: `Select ${COMPARE_MIN} to ${COMPARE_MAX} videos to compare them${n ? ` (${n} selected)` : ""}.`,
    };
  const waiting = selected.filter((g) => !playable(g)).length;
  if (waiting)
    return {
      ok: false,
      reason: `Only finished videos can be compared: ${waiting} of these ${waiting === 1 ? "is" : "are"} still being made or failed.`,
    };
  return { ok: true, href: compareHref(selected.map((g) => g.id)) };
}

/**
 * Where each batch's "Compare" goes: a batch of 2 or 4 is exactly what a team compares, once every
 * one of its videos is here and finished. Keyed by batch id; batches that cannot be compared are absent.
 */
export function batchCompareLinks(items: readonly GenerationDto[]): Map<string, string> {
  const batches = new Map<string, GenerationDto[]>();
  for (const g of items) if (g.batch) batches.set(g.batch.id, [...(batches.get(g.batch.id) ?? []), g]);
  const links = new Map<string, string>();
  for (const [id, members] of batches) {
    const size = members[0]!.batch!.size;
    const sorted = members.toSorted((a, b) => a.batch!.index - b.batch!.index);
    const choice = compareChoice(sorted);
    if (members.length === size && choice.ok) links.set(id, choice.href);
  }
  return links;
}
