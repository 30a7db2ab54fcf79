import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordActivity } from "../record-activity";

/** Withdraws a pending invite of this workspace: its link stops working at once. */
export async function revokeInvite(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; id: string },
) {
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findFirst({
      where: { id: input.id, workspaceId: input.workspaceId },
      select: { email: true },
    });
    if (!invite) throw new AppError("not_found", "No such invite in this workspace.");
    const { count } = await tx.invite.updateMany({
      where: { id: input.id, workspaceId: input.workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new AppError("conflict", "This invite was already used or withdrawn.");
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "invite.revoked",
      subject: invite.email ?? "an invite link",
    });
    return { id: input.id };
  });
}
