import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ACTIVE_STATES } from "./state-machine";
import { assertWithinQuotas } from "../usage/assert-within-quotas";

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

/**
 * Checked inside the submit transaction, after the workspace's advisory lock is taken and the new
 * rows are inserted (the counts include them: `count`, 1 unless a batch), so two parallel submits
 * — from one member or from many — cannot both slip under a limit. Throws, rolling the rows back,
 * before anything is sent.
 */
export async function assertWithinLimits(
  tx: Prisma.TransactionClient,
  input: {
    workspaceId: string;
    userId: string;
    durationSec: number;
    count?: number;
    now: Date;
    limits: SubmitLimits;
  },
): Promise<void> {
  const { workspaceId, userId, now, limits } = input;
  const adding = input.count ?? 1;
  const active = { in: [...ACTIVE_STATES] };
  const [mine, workspace, lastMinute, membership] = await Promise.all([
    tx.generation.count({ where: { workspaceId, creatorId: userId, state: active } }),
    tx.generation.count({ where: { workspaceId, state: active } }),
    tx.generation.count({
      where: { workspaceId, creatorId: userId, createdAt: { gt: new Date(now.getTime() - 60_000) } },
    }),
    tx.membership.findUnique({
      where: { userId_workspaceId: { userId, workspaceId } },
      select: { monthlyQuotaSeconds: true, workspace: { select: { monthlyQuotaSeconds: true } } },
    }),
  ]);
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
  if (lastMinute > limits.memberPerMinute) {
    throw new AppError(
      "rate_limited",
      `You started ${lastMinute - adding} videos in the last minute. Wait a moment, then try again.`,
    );
  }
  await assertWithinQuotas(tx, {
    workspaceId,
    userId,
    durationSec: input.durationSec,
    count: adding,
    now,
    memberQuota: membership?.monthlyQuotaSeconds ?? null,
    workspaceQuota: membership?.workspace.monthlyQuotaSeconds ?? null,
  });
}
