import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertAnotherOwner, dropMembership, lockMemberships } from "./membership-locks";
import { recordActivity } from "./record-activity";

/**
 * Leaves a team. The personal workspace cannot be left, nor a team by its last owner (they
 * transfer ownership or delete it). What they made stays in the team, credited to them.
 */
export async function leaveWorkspace(db: PrismaClient, input: { userId: string; workspaceId: string }) {
  return db.$transaction(async (tx) => {
    await lockMemberships(tx, input.workspaceId);
    const membership = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      select: { role: true, workspace: { select: { personal: true } } },
    });
    if (!membership) throw new AppError("not_found", "You are not a member of this workspace.");
    if (membership.workspace.personal) throw new AppError("conflict", "Your personal studio cannot be left.");
    if (membership.role === "owner") {
      await assertAnotherOwner(
        tx,
        input,
        "You are its last owner: make someone else owner, or delete the workspace, before leaving.",
      );
    }
    await dropMembership(tx, input);
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.userId,
      action: "member.left",
    });
    return { workspaceId: input.workspaceId };
  });
}
