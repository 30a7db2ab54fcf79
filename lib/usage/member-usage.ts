import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { secondsThisMonth } from "./assert-within-quotas";
import { nextMonthStart } from "./usage-month";

/**
 * What the create panel shows under its button: this month's seconds against the member's cap
 * and, when the workspace has one, against the workspace's (a submit must fit both).
 */
export interface MemberUsage {
  usedSeconds: number;
  /** Null when the member has no monthly cap. */
  quotaSeconds: number | null;
  /** The whole workspace's seconds this month. */
  workspaceUsedSeconds: number;
  /** Null when the workspace has no monthly cap. */
  workspaceQuotaSeconds: number | null;
  /** When the count starts again (the first of next month, UTC). */
  resetsAt: string;
}

export async function memberUsage(
  db: PrismaClient,
  input: { workspaceId: string; userId: string; now?: Date },
): Promise<MemberUsage> {
  const now = input.now ?? new Date();
  const [used, membership] = await Promise.all([
    secondsThisMonth(db, { ...input, now, wholeWorkspace: true }),
    db.membership.findUnique({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      select: { monthlyQuotaSeconds: true, workspace: { select: { monthlyQuotaSeconds: true } } },
    }),
  ]);
  return {
    usedSeconds: used.member,
    quotaSeconds: membership?.monthlyQuotaSeconds ?? null,
    workspaceUsedSeconds: used.workspace,
    workspaceQuotaSeconds: membership?.workspace.monthlyQuotaSeconds ?? null,
    resetsAt: nextMonthStart(now).toISOString(),
  };
}
