import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ACTIVE_STATES } from "./state-machine";
import { assertWithinQuotas, type Budget } from "../usage/assert-within-quotas";
import { readPrices } from "../usage/price-schemas";
import { costMicros, type PriceTable } from "../usage/prices";

/**
 * What one submit may add. How many the upstream token runs at once is not among them: over
 * that cap a submit waits in the dispatch queue. These only bound the line itself.
 */
export interface SubmitLimits {
  /** Unfinished generations (waiting or running) one member may have at once. */
  memberUnfinished: number;
  /** Unfinished generations a whole workspace may have at once. */
  workspaceUnfinished: number;
  /** Submits (a batch is one) per member per rolling minute, where the workspace sets no pace. */
  memberPerMinute: number;
}

export const DEFAULT_LIMITS: SubmitLimits = {
  memberUnfinished: 50,
  workspaceUnfinished: 200,
  memberPerMinute: 10,
};

const MINUTE_MS = 60_000;

/**
 * When a new submit of this member may be sent: now, or — past the workspace's submits per
 * rolling minute — the moment the minute allows. Nobody is refused for going fast; the submit is
 * saved and waits in the queue (its `nextPollAt`) with its place shown. A batch counts once.
 *
 * Each submit's pace time (`paceAt`) is when it counts; with the member's last `perMinute` of them
 * at r1 ≥ … ≥ rN, a new one may go at max(now, rN + 1 min): then no minute ever holds more than
 * `perMinute`. Called under the workspace's submit lock, so two submits cannot take one moment.
 */
export async function paceSlot(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string; now: Date; limits: SubmitLimits },
): Promise<Date> {
  const { workspaceId, userId, now } = input;
  const workspace = await tx.workspace.findUnique({
    where: { id: workspaceId },
    select: { submitsPerMinute: true },
  });
  const perMinute = workspace?.submitsPerMinute ?? input.limits.memberPerMinute;
  const [nth] = await tx.generation.findMany({
    where: {
      workspaceId,
      creatorId: userId,
      paceAt: { gt: new Date(now.getTime() - MINUTE_MS) },
      // One row per submit: a single video, or the first of a batch (all of it shares the time).
      OR: [{ batchId: null }, { batchIndex: 1 }],
    },
    orderBy: { paceAt: "desc" },
    skip: perMinute - 1,
    take: 1,
    select: { paceAt: true },
  });
  if (!nth?.paceAt) return now;
  return new Date(Math.max(now.getTime(), nth.paceAt.getTime() + MINUTE_MS));
}

/** The row fields that hold a paced submit back until its time (the dispatcher skips it till then). */
export const paceFields = (paceAt: Date, now: Date) => ({
  paceAt,
  nextPollAt: paceAt > now ? paceAt : null,
});

/**
 * Checked inside the submit transaction, after the workspace's advisory lock is taken and the new
 * rows are inserted (the counts include them: `count`, 1 unless a batch), so two parallel submits
 * — from one member or from many — cannot both slip under a limit. Throws, rolling the rows back,
 * before anything is sent. Returns the workspace's prices it read, so the submit prices its usage
 * without reading them again.
 */
export async function assertWithinLimits(
  tx: Prisma.TransactionClient,
  input: {
    workspaceId: string;
    userId: string;
    durationSec: number;
    /** The model asked for: what it costs, where the workspace has a money budget. */
    model: string;
    count?: number;
    now: Date;
    limits: SubmitLimits;
  },
): Promise<{ prices: PriceTable }> {
  const { workspaceId, userId, now, limits } = input;
  const adding = input.count ?? 1;
  const active = { in: [...ACTIVE_STATES] };
  const [mine, workspace, membership] = await Promise.all([
    tx.generation.count({ where: { workspaceId, creatorId: userId, state: active } }),
    tx.generation.count({ where: { workspaceId, state: active } }),
    tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId } },
      select: {
        monthlyQuotaSeconds: true,
        monthlyBudgetMicros: true,
        workspace: {
          select: { monthlyQuotaSeconds: true, monthlyBudgetMicros: true, pricesPerSecond: true },
        },
      },
    }),
  ]);
  // Bounds on the line itself (a runaway script, not a person going fast: that is paced).
  if (mine > limits.memberUnfinished) {
    throw new AppError(
      "rate_limited",
      `You already have ${mine - adding} videos waiting or in progress. Wait for some to finish.`,
    );
  }
  if (workspace > limits.workspaceUnfinished) {
    throw new AppError(
      "rate_limited",
      `This workspace already has ${workspace - adding} videos waiting or in progress. Try again shortly.`,
    );
  }
  const prices = readPrices(membership?.workspace.pricesPerSecond);
  await assertWithinQuotas(tx, {
    workspaceId,
    userId,
    durationSec: input.durationSec,
    count: adding,
    now,
    memberQuota: membership?.monthlyQuotaSeconds ?? null,
    workspaceQuota: membership?.workspace.monthlyQuotaSeconds ?? null,
    budget: budgetOf(membership, prices, input.model, input.durationSec),
  });
  return { prices };
}

function budgetOf(
  membership: {
    monthlyBudgetMicros: bigint | null;
    workspace: { monthlyBudgetMicros: bigint | null };
  } | null,
  prices: PriceTable,
  model: string,
  durationSec: number,
): Budget | null {
  if (membership?.monthlyBudgetMicros == null && membership?.workspace.monthlyBudgetMicros == null)
    return null;
  const micros = (m: bigint | null) => (m === null ? null : Number(m));
  return {
    memberMicros: micros(membership.monthlyBudgetMicros),
    workspaceMicros: micros(membership.workspace.monthlyBudgetMicros),
    costEach: costMicros(prices, model, durationSec),
  };
}
