import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { monthStart, secondsUsedThisMonth } from "./limits";

/** What the create panel shows under its button: this month's seconds against the member's cap. */
export interface MemberUsage {
  usedSeconds: number;
  /** Null when the member has no monthly cap. */
  quotaSeconds: number | null;
  /** When the count starts again (the first of next month, UTC). */
  resetsAt: string;
}

export async function memberUsage(
  db: PrismaClient,
  input: { workspaceId: string; userId: string; now?: Date },
): Promise<MemberUsage> {
  const now = input.now ?? new Date();
  const [usedSeconds, membership] = await Promise.all([
    secondsUsedThisMonth(db, { ...input, now }),
    db.membership.findUnique({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      select: { monthlyQuotaSeconds: true },
    }),
  ]);
  const start = monthStart(now);
  const resetsAt = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return {
    usedSeconds,
    quotaSeconds: membership?.monthlyQuotaSeconds ?? null,
    resetsAt: resetsAt.toISOString(),
  };
}
