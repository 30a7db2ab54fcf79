import "server-only";
import type { Jobs } from "@/lib/jobs/enqueue";
import { MIRROR_ATTEMPTS, QUEUES } from "@/lib/jobs/queues";
import { applyEvent } from "./apply-event";
import { followUp } from "./follow-up";
import { mirrorVideo, type MirrorDeps } from "./mirror-video";
import { log } from "@/lib/log/logger";

export interface MirrorGenerationDeps extends MirrorDeps {
  jobs?: Jobs;
  now?: () => Date;
}

/** Longer than all of the mirror queue's retries with their backoff. */
const RETRIES_WITHIN_MS = 45 * 60_000;

export type MirrorOutcome = "mirrored" | "not_due";

/**
 * The latest the engine retries after the `failed`th failed copy: pg-boss waits
 * retryDelay × 2^failed / 2 × (1 + random) seconds (plans.js, failJobs), so at most retryDelay × 2^failed.
 */
export const nextTryWithinMs = (failed: number) =>
  QUEUES.mirror.retryDelay * 2 ** Math.min(16, failed) * 1000;

/**
 * The `mirror` job: copies a finished generation's video into our storage and marks it ready.
 * Idempotent — a generation that is not (or no longer) waiting for its copy is left alone, and a
 * copy already stored is reused. A failure is recorded on the row (the card shows why) and
 * thrown, so the engine retries with backoff; `lastAttempt` says this was the final one, after
 * which the video stays playable from the provider's URL and the card says "not saved".
 */
export async function mirrorGeneration(
  deps: MirrorGenerationDeps,
  generationId: string,
  { lastAttempt }: { lastAttempt: boolean },
): Promise<MirrorOutcome> {
  const g = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: { id: true, state: true, workspaceId: true, providerVideoUrl: true, mirrorAttempts: true },
  });
  // Not finished, already stored, or given up on (the card says "not saved").
  if (!g || g.state !== "succeeded" || g.mirrorAttempts >= MIRROR_ATTEMPTS) return "not_due";
  const last = lastAttempt || g.mirrorAttempts + 1 >= MIRROR_ATTEMPTS;
  const now = () => deps.now?.() ?? new Date();
  try {
    const videoAssetId = await mirrorVideo(deps, g);
    const r = await applyEvent(deps.db, g.id, { type: "mirrored", videoAssetId, at: now() }, () => ({
      mirrorError: null,
      mirrorNextTryBy: null,
      mirrorAttempts: g.mirrorAttempts + 1,
    }));
    await followUp(deps, g.id, r, now());
    return "mirrored";
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // Each failure is logged where it happens (mirror-video); giving up is worth an error of its own.
    if (last)
      log.error({ event: "copy.gave-up", generationId: g.id, reason }, "not saved after the last attempt");
    await deps.db.generation.updateMany({
      where: { id: g.id, state: "succeeded" },
      data: {
        mirrorAttempts: last ? Math.max(MIRROR_ATTEMPTS, g.mirrorAttempts + 1) : g.mirrorAttempts + 1,
        mirrorError: reason.slice(0, 500),
        mirrorNextTryBy: last ? null : new Date(now().getTime() + nextTryWithinMs(g.mirrorAttempts + 1)),
        // The engine retries it; the row's next look only marks when a lost job would be noticed.
        nextPollAt: last ? null : new Date(now().getTime() + RETRIES_WITHIN_MS),
      },
    });
    throw error;
  }
}
