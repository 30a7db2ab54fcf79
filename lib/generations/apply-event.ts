import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { log } from "@/lib/log/logger";
import { transition, type GenerationEvent, type GenerationState, isActive, isFailed } from "./state-machine";

export interface ApplyResult {
  changed: boolean;
  state: GenerationState;
}

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Applies a lifecycle event with compare-and-set on the current state (and send marker), so a
 * callback and a poll racing on two instances can never both win or move a generation backwards:
 * the loser re-reads and re-decides against the winner's state.
 */
export async function applyEvent(
  db: Db,
  generationId: string,
  event: GenerationEvent,
  /** Fields to write along with the change (after the scheduling defaults). */
  alsoWrite?: (next: GenerationState) => Prisma.GenerationUpdateManyMutationInput,
): Promise<ApplyResult> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await db.generation.findUnique({
      where: { id: generationId },
      select: { state: true, taskId: true, submittedAt: true, sendStartedAt: true },
    });
    if (!current) return { changed: false, state: "failed" };
    const patch = transition(current, event);
    if (!patch) return { changed: false, state: current.state };
    const { refund, ...fields } = patch;

    const { count } = await db.generation.updateMany({
      where: { id: generationId, state: current.state, sendStartedAt: current.sendStartedAt },
      data: {
        ...fields,
        // A task seen after an unknown outcome was sent after all: record when we learnt it.
        ...(!current.submittedAt && fields.taskId ? { submittedAt: fields.submittedAt ?? event.at } : {}),
        ...(isActive(fields.state) ? {} : { taskMissingSince: null }),
        ...defaultScheduling(fields.state),
        ...alsoWrite?.(fields.state),
      },
    });
    if (count === 1) {
      log.info(
        { event: "generation.state", generationId, from: current.state, to: fields.state, cause: event.type },
        `${current.state} -> ${fields.state}`,
      );
      await settleUsage(db, generationId, fields.state, refund ?? false);
      return { changed: true, state: fields.state };
    }
  }
  throw new Error(`Generation ${generationId} kept changing under us; giving up this event.`);
}

/** After a change: a finished video is due to be copied; a settled one is never polled again. */
function defaultScheduling(next: GenerationState): Prisma.GenerationUpdateManyMutationInput {
  if (next === "succeeded") return { nextPollAt: new Date() };
  if (isActive(next)) return {};
  return { nextPollAt: null, sendReservedUntil: null };
}

/**
 * Seconds are counted when a generation is requested. A failure that cannot have been charged
 * gives them back; one that may still be a paid task keeps them; a video that arrives after we
 * gave them back takes them again. Decided against this generation's own ledger, so repeating
 * an event never counts twice.
 */
async function settleUsage(db: Db, generationId: string, to: GenerationState, refund: boolean) {
  const g = await db.generation.findUnique({
    where: { id: generationId },
    select: { workspaceId: true, creatorId: true, durationSec: true },
  });
  if (!g) return;
  const rows = await db.usageEvent.groupBy({
    by: ["kind"],
    where: { generationId },
    _sum: { seconds: true },
  });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.seconds ?? 0;
  const charged = sum("requested") - sum("refunded") > 0;
  const kind = isFailed(to) ? (refund && charged ? "refunded" : null) : charged ? null : "requested";
  if (!kind) return;
  // A refund gives back what the request cost, and a late success charges it again: the price of
  // the day it was asked for, never today's.
  const first = await db.usageEvent.findFirst({
    where: { generationId, kind: "requested" },
    orderBy: { createdAt: "asc" },
    select: { costMicros: true },
  });
  await db.usageEvent.create({
    data: {
      workspaceId: g.workspaceId,
      userId: g.creatorId,
      generationId,
      kind,
      seconds: g.durationSec,
      costMicros: first?.costMicros ?? null,
    },
  });
}
