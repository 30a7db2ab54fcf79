import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ACTIVE_STATES } from "./state-machine";

/**
 * What one submit may add. How many the upstream token runs at once is not among them: over
 * that cap a submit waits in the dispatch queue. These only bound the line itself.
 */
export interface SubmitLimits {
  /** Unfinished generations (waiting or running) one member may have at once. */
  memberUnfinished: number;
  /** Unfinished generations a whole workspace may have at once. */
  workspaceUnfinished: number;
  /** Submits per member per rolling minute. */
  memberPerMinute: number;
}

export const DEFAULT_LIMITS: SubmitLimits = {
  memberUnfinished: 50,
  workspaceUnfinished: 200,
  memberPerMinute: 10,
};

export const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

/**
 * Checked inside the submit transaction, after this member's advisory lock is taken and the new
 * row is inserted (the counts include it), so two parallel submits cannot both slip under a
 * limit. Throws — rolling the row back — before anything is sent upstream.
 */
export async function assertWithinLimits(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string; durationSec: number; now: Date; limits: SubmitLimits },
): Promise<void> {
  const { workspaceId, userId, now, limits } = input;
  const active = { in: [...ACTIVE_STATES] };
  const [mine, workspace, lastMinute, membership] = await Promise.all([
    tx.generation.count({ where: { workspaceId, creatorId: userId, state: active } }),
    tx.generation.count({ where: { workspaceId, state: active } }),
    tx.generation.count({
      where: { workspaceId, creatorId: userId, createdAt: { gt: new Date(now.getTime() - 60_000) } },
    }),
    tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId } },
      select: { monthlyQuotaSeconds: true },
    }),
  ]);
  if (mine > limits.memberUnfinished) {
    throw new AppError(
      "rate_limited",
      `You already have ${mine - 1} videos waiting or in progress. Wait for some to finish.`,
    );
  }
  if (workspace > limits.workspaceUnfinished) {
    throw new AppError(
      "rate_limited",
      `This workspace already has ${workspace - 1} videos waiting or in progress. Try again shortly.`,
    );
  }
  if (lastMinute > limits.memberPerMinute) {
    throw new AppError(
      "rate_limited",
      `You started ${lastMinute - 1} videos in the last minute. Wait a moment, then try again.`,
    );
  }
  const quota = membership?.monthlyQuotaSeconds;
  if (quota != null) {
    const used = await secondsUsedThisMonth(tx, { workspaceId, userId, now });
    if (used + input.durationSec > quota) {
      throw new AppError(
        "rate_limited",
        `This video needs ${input.durationSec} s but you have ${Math.max(0, quota - used)} s of your ${quota} s monthly quota left.`,
      );
    }
  }
}

export async function secondsUsedThisMonth(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string; now: Date },
): Promise<number> {
  const rows = await tx.usageEvent.groupBy({
    by: ["kind"],
    where: {
      workspaceId: input.workspaceId,
      userId: input.userId,
      createdAt: { gte: monthStart(input.now) },
    },
    _sum: { seconds: true },
  });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.seconds ?? 0;
  return sum("requested") - sum("refunded");
}
