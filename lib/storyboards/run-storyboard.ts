import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertWithinLimits, DEFAULT_LIMITS, type SubmitLimits } from "@/lib/generations/limits";
import { type AdvanceDeps, previousTakeOf, sendShot } from "./advance-run";
import { findBoard } from "./edit-storyboard";
import { loadStoryboard, shotFacts, type LoadedStoryboard } from "./load-facts";
import { shotStatuses } from "./shot-status";
import { shotProblem } from "./storyboard-schemas";
import type { StoryboardJobs } from "./storyboard-jobs";

export interface RunDeps {
  db: PrismaClient;
  storyboardJobs: StoryboardJobs;
  limits?: SubmitLimits;
  now?: () => Date;
}

type Scope = { workspaceId: string; userId: string; storyboardId: string };

/** The shots a run would still send (no ready take, none on its way) and their seconds. */
export function runPlan(board: LoadedStoryboard) {
  // As if the run started now: a failure before it is tried again.
  const statuses = shotStatuses(board.shots.map(shotFacts), new Date());
  const toSend = board.shots.filter(
    (_, i) => statuses[i]!.kind !== "ready" && statuses[i]!.kind !== "generating",
  );
  return { toSend, seconds: toSend.reduce((sum, s) => sum + s.durationSec, 0) };
}

/**
 * "Generate all" and "Resume": checks every shot the run will send (prompts, lengths) and the
 * quotas for all their seconds at once, then marks the storyboard running and wakes its job. A
 * shot with a ready take is never sent again; a failure before this moment is tried again.
 */
export async function startRun(deps: RunDeps, scope: Scope): Promise<{ shots: number; seconds: number }> {
  const board = await loadStoryboard(deps.db, { id: scope.storyboardId, workspaceId: scope.workspaceId });
  if (!board) throw new AppError("not_found", "That storyboard is not in this workspace.");
  const { toSend, seconds } = runPlan(board);
  if (toSend.length === 0)
    throw new AppError(
      "conflict",
      "Every shot already has a take. Make the film, or ask for a new take of a shot.",
    );
  for (const shot of toSend) {
    const problem = shotProblem(board, shot, board.shots.indexOf(shot));
    if (problem) throw new AppError("bad_request", problem);
  }
  const now = deps.now?.() ?? new Date();
  // The whole run against the quotas and budget now, so it is not refused halfway.
  await deps.db.$transaction(async (tx) =>
    assertWithinLimits(tx, {
      workspaceId: scope.workspaceId,
      userId: scope.userId,
      durationSec: seconds,
      model: board.model,
      now,
      limits: deps.limits ?? DEFAULT_LIMITS,
    }),
  );
  await deps.db.storyboard.update({
    where: { id: board.id },
    data: { runState: "running", runById: scope.userId, runStartedAt: now, runError: null },
  });
  await deps.storyboardJobs.advance(board.id);
  return { shots: toSend.length, seconds };
}

/** Stops sending: takes already sent finish; the rest wait for Resume. */
export async function stopRun(deps: { db: PrismaClient; workspaceId: string }, storyboardId: string) {
  await findBoard(deps, storyboardId);
  await deps.db.storyboard.updateMany({
    where: { id: storyboardId, runState: "running" },
    data: { runState: "stopped", runError: "Stopped. Press Resume to send the rest." },
  });
}

/**
 * "New take" ×1/×2/×4 (and "Regenerate" for a shot that starts from an older frame): more takes of
 * one shot, sent now through the same submit as everything else. A continued shot needs the previous
 * shot's take to be ready. The client's key makes a repeated press send nothing twice.
 */
export async function newTake(
  deps: Omit<AdvanceDeps, "storyboardJobs">,
  scope: Scope & { shotId: string; idempotencyKey: string; count?: 1 | 2 | 4 },
): Promise<{ generationIds: string[] }> {
  const board = await loadStoryboard(deps.db, { id: scope.storyboardId, workspaceId: scope.workspaceId });
  const index = board?.shots.findIndex((s) => s.id === scope.shotId) ?? -1;
  if (!board || index < 0) throw new AppError("not_found", "That shot is not in this workspace.");
  const problem = shotProblem(board, board.shots[index]!, index);
  if (problem) throw new AppError("bad_request", problem);
  const previousTake = previousTakeOf(shotStatuses(board.shots.map(shotFacts), null), index);
  // ×2, ×4: that many takes to pick from, each its own key derived from the one the client sent.
  const generationIds: string[] = [];
  for (let i = 0; i < (scope.count ?? 1); i++) {
    const { generationId } = await sendShot(deps, board, index, {
      userId: scope.userId,
      idempotencyKey: i === 0 ? scope.idempotencyKey : `${scope.idempotencyKey}:${i + 1}`,
      previousTake,
    });
    generationIds.push(generationId);
  }
  return { generationIds };
}
