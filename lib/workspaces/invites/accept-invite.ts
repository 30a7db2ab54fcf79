import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { invitableRoles } from "../permissions";
import { recordNotifications } from "@/lib/inbox/record-notifications";
import { recordActivity } from "../record-activity";
import { hashInviteToken, isInviteTokenShape } from "./invite-token";
import { INVITE_REFUSALS, inviteStatus } from "./invite-status";

/**
 * Redeems an invite for a signed-in user, once: the token is consumed by a compare-and-set in
 * the same transaction that adds the membership, so two redemptions cannot both succeed. An
 * email invite only for that address; never a role the inviter can no longer give. The team
 * opens for them at once.
 */
export async function acceptInvite(
  db: PrismaClient,
  input: { token: string; user: { id: string; email: string }; now?: Date },
): Promise<{ workspaceId: string; workspaceName: string; role: string; alreadyMember: boolean }> {
  return db.$transaction((tx) => redeemInvite(tx, input));
}

/** The redemption itself, inside the caller's transaction (sign-up through an invite uses it too). */
export async function redeemInvite(
  tx: Prisma.TransactionClient,
  input: { token: string; user: { id: string; email: string }; now?: Date },
) {
  const now = input.now ?? new Date();
  const invite = isInviteTokenShape(input.token)
    ? await tx.invite.findUnique({
        where: { tokenHash: hashInviteToken(input.token) },
        select: {
          id: true,
          workspaceId: true,
          email: true,
          role: true,
          invitedById: true,
          acceptedAt: true,
          revokedAt: true,
          expiresAt: true,
          workspace: { select: { name: true } },
        },
      })
    : null;
  if (!invite)
    throw new AppError("not_found", "This invite link is not valid. Check that you copied all of it.");
  const status = inviteStatus(invite, now);
  if (status !== "pending") throw new AppError("conflict", INVITE_REFUSALS[status]);
  if (invite.email && invite.email !== input.user.email.toLowerCase()) {
    throw new AppError(
      "forbidden",
      `This invite is for ${invite.email}, and you are signed in as ${input.user.email}. Sign in with that address to join.`,
    );
  }
  const inviter = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: invite.invitedById, workspaceId: invite.workspaceId } },
    select: { role: true },
  });
  if (!inviter || !invitableRoles(inviter.role).includes(invite.role)) {
    throw new AppError(
      "forbidden",
      "The person who invited you can no longer offer this role. Ask for a new invite.",
    );
  }
  const { count } = await tx.invite.updateMany({
    where: { id: invite.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { acceptedAt: now, acceptedById: input.user.id },
  });
  if (count !== 1) throw new AppError("conflict", INVITE_REFUSALS.accepted);

  const existing = await tx.membership.findUnique({
    where: { userId_workspaceId: { userId: input.user.id, workspaceId: invite.workspaceId } },
    select: { role: true },
  });
  // Already in the team: the invite is used up, their role is left as it is.
  if (!existing) {
    await tx.membership.create({
      data: { userId: input.user.id, workspaceId: invite.workspaceId, role: invite.role },
    });
    await recordActivity(tx, {
      workspaceId: invite.workspaceId,
      actorId: input.user.id,
      action: "member.joined",
      subject: input.user.email,
      detail: { role: invite.role },
    });
    // The inviter hears who came in (their inbox; mail by the minute's sweep if they want it).
    await recordNotifications(tx, [
      {
        userId: invite.invitedById,
        workspaceId: invite.workspaceId,
        kind: "member_joined",
        actorId: input.user.id,
        detail: { role: invite.role },
      },
    ]);
  }
  await tx.user.update({ where: { id: input.user.id }, data: { activeWorkspaceId: invite.workspaceId } });
  return {
    workspaceId: invite.workspaceId,
    workspaceName: invite.workspace.name,
    role: existing?.role ?? invite.role,
    alreadyMember: Boolean(existing),
  };
}
