import type { ListedGeneration } from "@/hooks/use-generations";

/** One entry of the in-progress list: a single video, or every unfinished video of one ×N batch. */
export type QueueEntry =
  { kind: "one"; generation: ListedGeneration } | { kind: "batch"; items: ListedGeneration[] };

/**
 * Groups the list by batch, in the order its first member appears: a ×4 is one entry, not four
 * full cards that push the gallery a screen down.
 */
export function queueEntries(items: ListedGeneration[]): QueueEntry[] {
  const entries: QueueEntry[] = [];
  const batches = new Map<string, ListedGeneration[]>();
  for (const g of items) {
    if (!g.batch) {
      entries.push({ kind: "one", generation: g });
      continue;
    }
    const members = batches.get(g.batch.id);
    if (members) members.push(g);
    else {
      const group = [g];
      batches.set(g.batch.id, group);
      entries.push({ kind: "batch", items: group });
    }
  }
  for (const entry of entries)
    if (entry.kind === "batch") entry.items.sort((a, b) => a.batch!.index - b.batch!.index);
  return entries;
}

/** "4 variations · 2 running · 2 in line": where the batch stands, in one line. */
export function batchSummary(items: ListedGeneration[], size: number): string {
  const inLine = items.filter((g) => g.queue).length;
  const running = items.filter((g) => !g.queue && g.submittedAt !== null).length;
  const sending = items.length - inLine - running;
  const done = size - items.length;
  return [
    `${size} variations`,
    running ? `${running} running` : null,
    sending ? `${sending} being sent` : null,
    inLine ? `${inLine} in line` : null,
    done ? `${done} done` : null,
  ]
    .filter(Boolean)
    .join(" · ");
}
