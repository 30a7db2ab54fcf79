"use client";

import { workspaceFetch } from "@/hooks/request-workspace";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { toast } from "@/components/ui/toast";
import { usageKey } from "@/hooks/use-usage";
import type { GenerationDto } from "@/lib/generations/dto";
import type { ListedGeneration } from "@/hooks/use-generations";
import { generationKeys } from "@/hooks/use-generations";
import { useFailureNotices } from "./failure-notices";

/** What a batch's finished variations came to, until its last one leaves the active list. */
type BatchTally = { size: number; prompt: string; ready: number; failed: number };

/**
 * Watches the active list: when a generation leaves it, reads its outcome once, tells the user
 * (toast, and a browser notification if they allowed it) and refreshes the gallery. Failures are
 * kept so the queue can show the reason and offer to try again. A ×N batch is told once, when its
 * last variation is done ("4 variations are ready"), not once per video.
 */
export function useCompletionNotices(activeIds: string[] | undefined, active: ListedGeneration[]) {
  const queryClient = useQueryClient();
  const previous = useRef<Set<string> | null>(null);
  const tallies = useRef(new Map<string, BatchTally>());
  const passes = useRef<Promise<unknown>>(Promise.resolve());
  const { failures, dismissed, add, dismiss } = useFailureNotices();

  useEffect(() => {
    if (!activeIds) return;
    const current = new Set(activeIds);
    const finished = previous.current ? [...previous.current].filter((id) => !current.has(id)) : [];
    previous.current = current;
    if (finished.length === 0) return;
    // The batches still being made, as of the list these ids come from.
    const activeBatches = new Set(active.flatMap((g) => (g.batch ? [g.batch.id] : [])));
    // One pass after another: a batch's last variation must be counted after the ones before it.
    passes.current = passes.current
      .then(async () => {
        for (const id of finished) {
          const response = await workspaceFetch(`/api/generations/${encodeURIComponent(id)}`);
          if (!response.ok) continue;
          const g = (await response.json()) as GenerationDto;
          if (g.batch && (g.phase === "playable" || g.phase === "failed")) {
            if (g.phase === "failed") add(g);
            countBatch(tallies.current, g);
          } else if (g.phase === "playable") {
            toast.success("Your video is ready", { description: g.prompt.slice(0, 80) });
            notify("Your video is ready", g.prompt);
          } else if (g.phase === "failed") {
            toast.error(g.errorMessage ?? "The video could not be made.", {
              description: g.prompt.slice(0, 80),
            });
            notify("A video failed", g.errorMessage ?? g.prompt);
            add(g);
          }
        }
        // Told once the batch has nothing left in the active list (several may end in one pass).
        for (const [batchId, tally] of tallies.current)
          if (!activeBatches.has(batchId)) {
            tallies.current.delete(batchId);
            tellBatch(tally);
          }
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: generationKeys.lists() }),
          // A failure refunds its seconds.
          queryClient.invalidateQueries({ queryKey: usageKey }),
        ]);
        // A pass that failed (the network) must not stop the ones after it.
      })
      .catch(() => undefined);
    // `add` is a fresh closure each render, and `active` is the list `activeIds` come from: the
    // effect only re-runs when the active ids change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeIds, queryClient]);

  return { failures, dismissed, dismiss };
}

/** Counts a batch's finished variation toward the one notice of its batch. */
function countBatch(tallies: Map<string, BatchTally>, g: GenerationDto) {
  const batch = g.batch!;
  const tally = tallies.get(batch.id) ?? { size: batch.size, prompt: g.prompt, ready: 0, failed: 0 };
  if (g.phase === "playable") tally.ready++;
  else tally.failed++;
  tallies.set(batch.id, tally);
}

const variations = (n: number) => (n === 1 ? "1 variation" : `${n} variations`);

/** One toast (and notification) for a whole batch: how many are ready, how many failed. */
function tellBatch(tally: BatchTally) {
  const title =
    tally.failed === 0
      ? tally.ready === tally.size
        ? `All ${tally.size} variations are ready`
        : `${variations(tally.ready)} ${tally.ready === 1 ? "is" : "are"} ready`
      : tally.ready === 0
        ? `${variations(tally.failed)} could not be made`
        : `${tally.ready} of ${tally.size} variations are ready; ${tally.failed} could not be made`;
  const description = tally.prompt.slice(0, 80);
  if (tally.ready > 0) toast.success(title, { description });
  else toast.error(title, { description });
  notify(title, tally.prompt);
}

function notify(title: string, body: string) {
  if (typeof Notification === "undefined" || Notification.permission !== "granted" || !document.hidden)
    return;
  new Notification(title, { body: body.slice(0, 120), icon: "/icons/icon-192.png" });
}
