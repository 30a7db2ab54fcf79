import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Jobs } from "@/lib/jobs/enqueue";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";
import { LOST_JOB_AFTER_MS } from "./next-poll";
import { POLLED_STATES } from "./state-machine";

export interface RecoverReport {
  polls: number;
  mirrors: number;
  dispatch: boolean;
}

/**
 * Gives every pending generation the job it should have. The row records its next poll before
 * the job is sent, so a process that died in between leaves a row whose poll is overdue; this
 * finds those (every minute), and at a worker's start every pending row (rows from before the
 * job engine included). Sending a job that already waits is ignored by the queue's policy.
 */
/** The rows a `poll` job looks at when their `nextPollAt` comes. */
export const AWAITING_LOOK = {
  OR: [
    { state: { in: [...POLLED_STATES] } },
    // Its request left, and its process died before the answer was recorded.
    { state: "queued", sendStartedAt: { not: null } },
    // Late looks at a task that may still exist (next-poll.ts, nextLateLook).
    { state: "timed_out", nextPollAt: { not: null } },
  ],
} satisfies Prisma.GenerationWhereInput;

export async function recoverGenerations(
  deps: { db: PrismaClient; jobs: Jobs; now?: () => Date },
  { all = false, limit = 1_000 }: { all?: boolean; limit?: number } = {},
): Promise<RecoverReport> {
  const now = deps.now?.() ?? new Date();
  const overdue = all ? {} : { nextPollAt: { lt: new Date(now.getTime() - LOST_JOB_AFTER_MS) } };
  const [polls, copies, waiting] = await Promise.all([
    deps.db.generation.findMany({
      where: {
        ...AWAITING_LOOK,
        ...overdue,
      },
      select: { id: true, nextPollAt: true },
      take: limit,
    }),
    deps.db.generation.findMany({
      where: { state: "succeeded", mirrorAttempts: { lt: MIRROR_ATTEMPTS }, ...overdue },
      select: { id: true },
      take: limit,
    }),
    deps.db.generation.count({ where: { state: "queued", sendStartedAt: null } }),
  ]);
  for (const g of polls) {
    await deps.jobs.poll(g.id, g.nextPollAt && g.nextPollAt > now ? g.nextPollAt : now);
  }
  for (const g of copies) await deps.jobs.mirror(g.id);
  if (waiting > 0) await deps.jobs.dispatch();
  return { polls: polls.length, mirrors: copies.length, dispatch: waiting > 0 };
}
