import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { quotaSecondsSchema } from "./quota-schema";
import { recordActivity } from "./record-activity";

/**
 * Sets (or, with null, removes) how many seconds of video the whole workspace may request per
 * calendar month, across all its members. The guard has checked `quotas.manage`.
 */
export async function setWorkspaceQuota(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; seconds: number | null },
) {
  const parsed = quotaSecondsSchema.safeParse(input.seconds);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
  const seconds = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUnique({
      where: { id: input.workspaceId },
      select: { name: true, monthlyQuotaSeconds: true },
    });
    if (!before) throw new AppError("not_found", "This workspace does not exist.");
    await tx.workspace.update({ where: { id: input.workspaceId }, data: { monthlyQuotaSeconds: seconds } });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "quota.workspace_set",
      subject: before.name,
      detail: { from: before.monthlyQuotaSeconds, to: seconds },
    });
    return { workspaceId: input.workspaceId, quotaSeconds: seconds };
  });
}
