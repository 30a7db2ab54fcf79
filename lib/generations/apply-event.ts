import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import {
  FAILED_STATES,
  transition,
  type GenerationEvent,
  type GenerationState,
  isActive,
} from "./state-machine";

export interface ApplyResult {
  changed: boolean;
  state: GenerationState;
}

/**
 * Applies a lifecycle event with compare-and-set on the current state, so a callback and a poll
 * racing on two instances can never both win or move a generation backwards: the loser re-reads
 * and re-decides against the winner's state.
 */
export async function applyEvent(
  db: PrismaClient | Prisma.TransactionClient,
  generationId: string,
  event: GenerationEvent,
  alsoWrite: (next: GenerationState) => Prisma.GenerationUpdateManyMutationInput = defaultScheduling,
): Promise<ApplyResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db.generation.findUnique({
      where: { id: generationId },
      select: { state: true, taskId: true, submittedAt: true },
    });
    if (!current) return { changed: false, state: "failed" };
    const patch = transition(current, event);
    if (!patch) return { changed: false, state: current.state };

    const { count } = await db.generation.updateMany({
      where: { id: generationId, state: current.state },
      data: {
        ...patch,
        // A task seen after an unknown outcome was sent after all: record when we learnt it.
        ...(!current.submittedAt && patch.taskId ? { submittedAt: patch.submittedAt ?? event.at } : {}),
        ...alsoWrite(patch.state),
      },
    });
    if (count === 1) {
      await recordUsage(db, generationId, current.state, patch.state);
      return { changed: true, state: patch.state };
    }
  }
  throw new Error(`Generation ${generationId} kept changing under us; giving up this event.`);
}

/** After a change: active ones are polled again soon, finished ones leave the poll queue. */
function defaultScheduling(next: GenerationState): Prisma.GenerationUpdateManyMutationInput {
  if (next === "succeeded") return { nextPollAt: new Date(), leaseOwner: null, leaseUntil: null };
  if (isActive(next)) return { leaseOwner: null, leaseUntil: null };
  return { nextPollAt: null, leaseOwner: null, leaseUntil: null };
}

const failed = (s: GenerationState) => (FAILED_STATES as readonly string[]).includes(s);

/**
 * Seconds are counted when a generation is requested; a generation that ends without a video gives
 * them back, and one that arrives after we had given up takes them again.
 */
async function recordUsage(
  db: PrismaClient | Prisma.TransactionClient,
  generationId: string,
  from: GenerationState,
  to: GenerationState,
) {
  const kind = !failed(from) && failed(to) ? "refunded" : failed(from) && !failed(to) ? "requested" : null;
  if (!kind) return;
  const g = await db.generation.findUnique({
    where: { id: generationId },
    select: { workspaceId: true, creatorId: true, durationSec: true },
  });
  if (!g) return;
  await db.usageEvent.create({
    data: { workspaceId: g.workspaceId, userId: g.creatorId, generationId, kind, seconds: g.durationSec },
  });
}
