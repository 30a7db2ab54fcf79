import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Jobs } from "@/lib/jobs/enqueue";
import type { ApplyResult } from "./apply-event";
import { nextLook } from "./next-look";
import { isFailed, type GenerationState } from "./state-machine";

/**
 * What the job engine does after a generation changed state — one place for every path that
 * changes it (send, check, callback, mirror): pending → its next look; finished → copy the
 * video; settled → the token has a free slot, so wake the dispatcher; and tell the creator.
 * The next look is written to the row first, so a lost job is noticed (recover-generations.ts).
 */
export async function followUp(
  deps: { db: PrismaClient; jobs?: Jobs },
  generationId: string,
  result: ApplyResult,
  now: Date,
  attempts = 0,
): Promise<void> {
  if (!result.changed) return;
  await scheduleLook(deps, generationId, result.state, now, attempts);
  const { jobs } = deps;
  if (!jobs) return;
  if (result.state === "ready") await jobs.notify({ kind: "generation_ready", generationId });
  if (isFailed(result.state)) {
    await jobs.cancelCheck(generationId);
    await jobs.dispatch();
    if (result.state === "failed" || result.state === "timed_out") {
      await jobs.notify({ kind: "generation_failed", generationId });
    }
  }
  if (result.state === "succeeded") {
    await jobs.cancelCheck(generationId);
    await jobs.dispatch();
  }
}

/** Books the next look at a generation (a read of its task, or the copy of its video). */
export async function scheduleLook(
  deps: { db: PrismaClient; jobs?: Jobs },
  generationId: string,
  state: GenerationState,
  now: Date,
  attempts: number,
): Promise<Date | null> {
  const at = nextLook(state, attempts, now);
  if (!at) return null;
  await deps.db.generation.update({ where: { id: generationId }, data: { nextPollAt: at } });
  if (state === "succeeded") await deps.jobs?.mirror(generationId);
  else await deps.jobs?.check(generationId, at);
  return at;
}
