import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { lockMemberships } from "./membership-locks";
import { recordActivity } from "./record-activity";

/**
 * Makes another member the owner; the current owner stays on as an admin (the guard has checked
 * `workspace.transfer`). A personal studio has one owner for good.
 */
export async function transferOwnership(
  db: PrismaClient,
  input: { workspaceId: string; fromUserId: string; toUserId: string },
) {
  if (input.fromUserId === input.toUserId)
    throw new AppError("bad_request", "You already own this workspace.");
  return db.$transaction(async (tx) => {
    await lockMemberships(tx, input.workspaceId);
    // Who first: someone outside this workspace is simply not found, whatever the workspace.
    const target = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: input.toUserId, workspaceId: input.workspaceId } },
      select: { user: { select: { name: true, email: true } } },
    });
    if (!target) throw new AppError("not_found", "That person is not a member of this workspace.");
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { personal: true },
    });
    if (workspace.personal) throw new AppError("conflict", "A personal studio cannot change owner.");
    await tx.membership.update({
      where: { userId_workspaceId: { userId: input.toUserId, workspaceId: input.workspaceId } },
      data: { role: "owner" },
    });
    // Owner protected in the where: only an owner is stepped down, and only to admin.
    await tx.membership.updateMany({
      where: { userId: input.fromUserId, workspaceId: input.workspaceId, role: "owner" },
      data: { role: "admin" },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.fromUserId,
      action: "workspace.ownership_transferred",
      subject: target.user.name ?? target.user.email,
    });
    return { workspaceId: input.workspaceId, ownerId: input.toUserId };
  });
}
