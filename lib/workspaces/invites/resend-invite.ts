import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { invitableRoles } from "../permissions";
import { recordActivity } from "../record-activity";
import { inviteExpiry, newInviteToken } from "./invite-token";
import { handOverInvite, type CreatedInvite } from "./hand-over-invite";

/**
 * Sends a pending (or expired) invite again with a NEW token and a fresh expiry: the old link
 * dies the moment the new one exists (its hash is replaced in the same row).
 */
export async function resendInvite(
  db: PrismaClient,
  input: {
    workspaceId: string;
    actor: { userId: string; role: Role; name: string };
    id: string;
    origin: string;
    now?: Date;
  },
): Promise<CreatedInvite> {
  const now = input.now ?? new Date();
  const { token, hash } = newInviteToken();
  const { invite, workspaceName } = await db.$transaction(async (tx) => {
    const found = await tx.invite.findFirst({
      where: { id: input.id, workspaceId: input.workspaceId },
      select: { role: true, workspace: { select: { name: true } } },
    });
    if (!found) throw new AppError("not_found", "No such invite in this workspace.");
    if (!invitableRoles(input.actor.role).includes(found.role)) {
      throw new AppError("forbidden", `Only an owner can resend an invite for the ${found.role} role.`);
    }
    const { count } = await tx.invite.updateMany({
      where: { id: input.id, workspaceId: input.workspaceId, acceptedAt: null, revokedAt: null },
      data: { tokenHash: hash, expiresAt: inviteExpiry(now), invitedById: input.actor.userId },
    });
    if (count === 0)
      throw new AppError("conflict", "This invite was already used or withdrawn; create a new one.");
    const invite = await tx.invite.findUniqueOrThrow({
      where: { id: input.id },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actor.userId,
      action: "invite.resent",
      subject: invite.email ?? "an invite link",
    });
    return { invite, workspaceName: found.workspace.name };
  });
  return handOverInvite(invite, {
    token,
    origin: input.origin,
    inviterName: input.actor.name,
    workspaceName,
  });
}
