import "server-only";
import { AppError, isAppError } from "@/lib/errors";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { submitGeneration, type SubmitDeps } from "@/lib/generations/submit-generation";
import type { StorageDriver } from "@/lib/storage";
import { log } from "@/lib/log/logger";
import { lastFrameAsset } from "./last-frame-asset";
import { loadStoryboard, shotFacts, type LoadedStoryboard } from "./load-facts";
import { runOutcome, runTakeKey, shotStatuses, type ShotStatus } from "./shot-status";
import type { StoryboardJobs } from "./storyboard-jobs";

export interface AdvanceDeps extends SubmitDeps {
  storage: StorageDriver;
  storyboardJobs: StoryboardJobs;
}

/** How soon a running storyboard looks again at shots that are on their way. */
export const ADVANCE_EVERY_MS = 2_000;

/**
 * The `storyboard` job: one look at a running storyboard. Sends every shot that can go now —
 * independent shots at once, a continued shot once the previous shot's take is ready and its last
 * frame stored — through the same submit as the create panel (queue, quotas, pace, idempotency),
 * then books the next look while anything is on its way. Each send's key derives from the shot's
 * takes (`runTakeKey`), so a job that dies after sending and runs again sends nothing twice.
 */
export async function advanceRun(deps: AdvanceDeps, storyboardId: string): Promise<void> {
  const board = await loadStoryboard(deps.db, { id: storyboardId });
  if (!board || board.runState !== "running" || !board.runById) return;
  const facts = board.shots.map(shotFacts);
  const statuses = shotStatuses(facts, board.runStartedAt);

  for (const [index, status] of statuses.entries()) {
    if (status.kind !== "todo") continue;
    try {
      await sendShot(deps, board, index, {
        userId: board.runById,
        idempotencyKey: runTakeKey(facts[index]!),
        previousTake: previousTakeOf(statuses, index),
      });
    } catch (error) {
      // A refusal a person must act on (a quota, a limit, a missing image) stops the run, said in words.
      if (!isAppError(error)) throw error;
      await deps.db.storyboard.update({
        where: { id: board.id },
        data: { runState: "stopped", runError: `Shot ${index + 1}: ${error.message}` },
      });
      return;
    }
  }

  const after = await loadStoryboard(deps.db, { id: storyboardId });
  if (!after || after.runState !== "running") return;
  const now = shotStatuses(after.shots.map(shotFacts), after.runStartedAt);
  const outcome = runOutcome(now);
  if (outcome === "running") {
    await deps.storyboardJobs.advance(storyboardId, new Date(Date.now() + ADVANCE_EVERY_MS));
    return;
  }
  const failed = now.findIndex((s) => s.kind === "failed");
  await deps.db.storyboard.update({
    where: { id: storyboardId },
    data:
      outcome === "done"
        ? { runState: "idle", runError: null }
        : {
            runState: "stopped",
            runError:
              failed >= 0
                ? `Shot ${failed + 1} failed: the shots that continue from it wait. Fix it and press Resume.`
                : "The run stopped.",
          },
  });
  log.info({ event: "storyboard.run-ended", storyboardId, outcome }, `storyboard run ${outcome}`);
}

/** The take of the shot before `index` that the film uses, if it has a ready one. */
export const previousTakeOf = (statuses: ShotStatus[], index: number): string | null => {
  const previous = statuses[index - 1];
  return previous?.kind === "ready" ? previous.take : null;
};

/**
 * Sends one take of a shot: a continued shot starts from the exact last frame of `previousTake`,
 * the previous shot's take the film uses (which must be ready). The new take becomes the one the
 * film uses once it is ready (the chosen one is cleared).
 */
export async function sendShot(
  deps: Omit<AdvanceDeps, "storyboardJobs">,
  board: LoadedStoryboard,
  index: number,
  by: { userId: string; idempotencyKey: string; previousTake: string | null },
): Promise<{ generationId: string }> {
  const shot = board.shots[index]!;
  let start: { takeId: string; frameAssetId: string } | null = null;
  if (shot.continues && index > 0) {
    if (!by.previousTake)
      throw new AppError(
        "conflict",
        `Shot ${index} has no ready take yet: this shot starts from its last frame.`,
      );
    const take = await deps.db.generation.findUniqueOrThrow({
      where: { id: by.previousTake },
      select: { id: true, workspaceId: true, creatorId: true, videoAsset: { select: { storageKey: true } } },
    });
    if (!take.videoAsset) throw new AppError("conflict", `Shot ${index}'s take is not saved yet.`);
    // A frame that cannot be taken stops the run in words (a retried job would fail the same way).
    const frameAssetId = await lastFrameAsset(deps, {
      id: take.id,
      workspaceId: take.workspaceId,
      creatorId: take.creatorId,
      videoStorageKey: take.videoAsset.storageKey,
    }).catch((error: unknown) => {
      log.error({ event: "storyboard.frame-failed", storyboardId: board.id, err: error }, "no last frame");
      throw new AppError(
        "conflict",
        `The last frame of shot ${index} could not be taken. Make a new take of it.`,
      );
    });
    start = { takeId: take.id, frameAssetId };
  }
  const settings = generationSettingsSchema.safeParse({
    prompt: shot.prompt,
    model: board.model,
    aspectRatio: board.aspectRatio,
    resolution: board.resolution,
    durationSec: shot.durationSec,
    inputImageId: start?.frameAssetId ?? null,
    referenceImageIds: shot.referenceImageIds,
  });
  if (!settings.success)
    throw new AppError("bad_request", settings.error.issues[0]?.message ?? "Invalid shot.");
  const outcome = await submitGeneration(deps, {
    workspaceId: board.workspaceId,
    userId: by.userId,
    idempotencyKey: by.idempotencyKey,
    shotId: shot.id,
    settings: settings.data,
  });
  await deps.db.shot.update({
    where: { id: shot.id },
    data: {
      startFromTakeId: start?.takeId ?? null,
      startFrameAssetId: start?.frameAssetId ?? null,
      chosenTakeId: null,
    },
  });
  log.info(
    {
      event: "storyboard.shot-sent",
      storyboardId: board.id,
      shotId: shot.id,
      generationId: outcome.generationId,
    },
    `shot ${index + 1} sent`,
  );
  return { generationId: outcome.generationId };
}
