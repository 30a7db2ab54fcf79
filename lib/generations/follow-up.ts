import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordNotifications } from "@/lib/inbox/record-notifications";
import { wakeMailer } from "@/lib/inbox/wake-mailer";
import type { Jobs } from "@/lib/jobs/enqueue";
import type { ApplyResult } from "./apply-event";
import { nextLateLook, nextPoll } from "./next-poll";
import { isFailed, isPolled, type GenerationState } from "./state-machine";

/**
 * What the job engine does after a generation changed state — one place for every path that
 * changes it (send, poll, callback, mirror): pending → its next poll; finished → copy the
 * video; settled → the token has a free slot, so wake the dispatcher; and tell the creator (inbox).
 * The next poll is written to the row first, so a lost job is noticed (recover-generations.ts).
 */
export async function followUp(
  deps: { db: PrismaClient; jobs?: Jobs },
  generationId: string,
  result: ApplyResult,
  now: Date,
  attempts = 0,
  /** A callback is expected for it: the first look of a pending task waits this long (next-poll.ts). */
  callbackWaitMs?: number,
): Promise<void> {
  if (!result.changed) return;
  const { jobs } = deps;
  // Settled or finished: its pending poll goes (before the next look is booked: a timed-out
  // task still gets late looks), and the token has a free slot.
  if (jobs && (isFailed(result.state) || result.state === "succeeded")) {
    await jobs.cancelPoll(generationId);
    await jobs.dispatch();
  }
  await scheduleLook(deps, generationId, result.state, now, attempts, callbackWaitMs);
  if (result.state === "ready") await tellCreator(deps, generationId, "generation_ready");
  if (result.state === "failed" || result.state === "timed_out")
    await tellCreator(deps, generationId, "generation_failed");
}

/** The creator's inbox entry for a video that is ready or failed: once per video and outcome. */
async function tellCreator(
  deps: { db: PrismaClient; jobs?: Jobs },
  generationId: string,
  kind: "generation_ready" | "generation_failed",
): Promise<void> {
  const g = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: { workspaceId: true, creatorId: true, prompt: true, errorMessage: true },
  });
  if (!g) return;
  const toMail = await recordNotifications(deps.db, [
    {
      userId: g.creatorId,
      workspaceId: g.workspaceId,
      kind,
      generationId,
      detail: { prompt: g.prompt, ...(kind === "generation_failed" ? { reason: g.errorMessage } : {}) },
      dedupeKey: `${kind}:${generationId}`,
    },
  ]);
  await wakeMailer(deps.jobs, toMail);
}

/** Books the next poll at a generation (a read of its task, or the copy of its video). */
export async function scheduleLook(
  deps: { db: PrismaClient; jobs?: Jobs },
  generationId: string,
  state: GenerationState,
  now: Date,
  attempts: number,
  callbackWaitMs?: number,
): Promise<Date | null> {
  const pending = isPolled(state) && state !== "unknown";
  const at =
    state === "timed_out"
      ? await lateLook(deps.db, generationId, now)
      : callbackWaitMs !== undefined && pending
        ? new Date(now.getTime() + callbackWaitMs)
        : nextPoll(state, attempts, now);
  // A timed-out task past the provider's records: its booked look is cleared, none follows.
  if (at || state === "timed_out")
    await deps.db.generation.update({ where: { id: generationId }, data: { nextPollAt: at } });
  if (!at) return null;
  if (state === "succeeded") await deps.jobs?.mirror(generationId);
  else await deps.jobs?.poll(generationId, at);
  return at;
}

/** The next late look at a timed-out generation, if it was sent (the provider may have its task). */
async function lateLook(db: PrismaClient, generationId: string, now: Date): Promise<Date | null> {
  const g = await db.generation.findUnique({
    where: { id: generationId },
    select: { finishedAt: true, sendStartedAt: true, taskId: true },
  });
  if (!g || !(g.taskId || g.sendStartedAt)) return null;
  return nextLateLook(g.finishedAt ?? now, now);
}
