import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { quotaSecondsSchema } from "./quota-schema";
import { recordActivity } from "./record-activity";

/**
 * Sets (or, with null, removes) how many seconds of video a member may request per calendar
 * month in this workspace. The guard has checked `quotas.manage`; a person who is not a member
 * here answers not_found, never touching another workspace's row.
 */
export async function setMemberQuota(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; userId: string; seconds: number | null },
) {
  const parsed = quotaSecondsSchema.safeParse(input.seconds);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
  const seconds = parsed.data;
  return db.$transaction(async (tx) => {
    const key = { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } };
    const before = await tx.membership.findUnique({
      where: key,
      select: { monthlyQuotaSeconds: true, user: { select: { name: true, email: true } } },
    });
    if (!before) throw new AppError("not_found", "That person is not a member of this workspace.");
    await tx.membership.update({ where: key, data: { monthlyQuotaSeconds: seconds } });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "quota.member_set",
      subject: before.user.name ?? before.user.email,
      detail: { userId: input.userId, from: before.monthlyQuotaSeconds, to: seconds },
    });
    return { userId: input.userId, quotaSeconds: seconds };
  });
}
