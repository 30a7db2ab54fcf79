import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { canManageRole } from "./permissions";
import { assertAnotherOwner, lockMemberships } from "./membership-locks";
import { recordActivity } from "./record-activity";

/**
 * Gives a member another role. The hierarchy is checked inside the transaction against the
 * roles as they are now (admins manage viewers and members; owners everyone); the last owner
 * cannot be demoted, not even by themselves.
 */
export async function changeMemberRole(
  db: PrismaClient,
  input: { workspaceId: string; actor: { userId: string; role: Role }; userId: string; role: Role },
) {
  return db.$transaction(async (tx) => {
    await lockMemberships(tx, input.workspaceId);
    const target = await tx.membership.findUnique({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      select: { role: true, user: { select: { name: true, email: true } } },
    });
    if (!target) throw new AppError("not_found", "That person is not a member of this workspace.");
    if (target.role === input.role) return { userId: input.userId, role: input.role };
    const self = input.userId === input.actor.userId;
    if (!self && !canManageRole(input.actor.role, target.role, input.role)) {
      throw new AppError(
        "forbidden",
        input.actor.role === "owner"
          ? "That role change is not allowed."
          : `Admins manage viewers and members; only an owner can make or change ${target.role === "owner" || input.role === "owner" ? "owners" : "admins"}.`,
      );
    }
    // Stepping oneself down is allowed (never up), and never as the last owner.
    if (self && !canManageRole(input.actor.role, input.role) && input.actor.role !== "owner") {
      throw new AppError("forbidden", "You cannot raise your own role.");
    }
    if (target.role === "owner") {
      await assertAnotherOwner(
        tx,
        { workspaceId: input.workspaceId, userId: input.userId },
        "A workspace needs an owner: make someone else owner first.",
      );
    }
    await tx.membership.update({
      where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
      data: { role: input.role },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actor.userId,
      action: "member.role_changed",
      subject: target.user.name ?? target.user.email,
      detail: { from: target.role, to: input.role },
    });
    return { userId: input.userId, role: input.role };
  });
}
