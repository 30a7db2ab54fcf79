import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { canManageRole } from "./permissions";
import { assertAnotherOwner, dropMembership, lockMemberships } from "./membership-locks";
import { recordActivity } from "./record-activity";

/**
 * Removes someone from a team. Their videos stay in the workspace, credited to them; their
 * sessions in other workspaces are untouched. One leaves oneself with `leaveWorkspace`.
 */
export async function removeMember(
  db: PrismaClient,
  input: { workspaceId: string; actor: { userId: string; role: Role }; userId: string },
) {
  if (input.userId === input.actor.userId)
    throw new AppError("bad_request", "To leave the workspace yourself, use Leave in Settings.");
  return db.$transaction(async (tx) => {
    await lockMemberships(tx, input.workspaceId);
    const target = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!target) throw new AppError("not_found", "That person is not a member of this workspace.");
    if (!canManageRole(input.actor.role, target.role)) {
      throw new AppError(
        "forbidden",
        `Only an owner can remove ${target.role === "owner" ? "an owner" : "an admin"}.`,
      );
    }
    if (target.role === "owner") {
      await assertAnotherOwner(tx, input, "A workspace needs an owner: make someone else owner first.");
    }
    await dropMembership(tx, input);
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actor.userId,
      action: "member.removed",
      subject: target.user.name ?? target.user.email,
    });
    return { userId: input.userId };
  });
}
