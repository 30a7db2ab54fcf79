import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { invitableRoles } from "../permissions";
import { recordActivity } from "../record-activity";
import { inviteExpiry, newInviteToken } from "./invite-token";
import { handOverInvite, type CreatedInvite } from "./hand-over-invite";

export type { CreatedInvite };

/**
 * Invites someone to a team, by email (only that address can redeem it; it is mailed there) or
 * as a link for the admin to hand over. Never for a role the inviter could not give. A new
 * invite for an address with one pending replaces it, so only the latest link works.
 */
export async function createInvite(
  db: PrismaClient,
  input: {
    workspaceId: string;
    inviter: { userId: string; role: Role; name: string };
    email: string | null;
    role: Role;
    origin: string;
    now?: Date;
  },
): Promise<CreatedInvite> {
  const now = input.now ?? new Date();
  const allowed = invitableRoles(input.inviter.role);
  if (!allowed.includes(input.role)) {
    throw new AppError(
      "forbidden",
      `You can invite people as ${allowed.join(" or ") || "nobody"}, not as ${input.role}.`,
    );
  }
  const { token, hash } = newInviteToken();
  const { invite, workspaceName } = await db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { name: true, personal: true },
    });
    if (workspace.personal) {
      throw new AppError("conflict", "A personal studio is yours alone. Create a team to invite people.");
    }
    if (input.email) {
      const member = await tx.membership.findFirst({
        where: { workspaceId: input.workspaceId, user: { email: input.email } },
        select: { userId: true },
      });
      if (member) throw new AppError("conflict", `${input.email} is already a member of ${workspace.name}.`);
      await tx.invite.updateMany({
        where: { workspaceId: input.workspaceId, email: input.email, acceptedAt: null, revokedAt: null },
        data: { revokedAt: now },
      });
    }
    const invite = await tx.invite.create({
      data: {
        workspaceId: input.workspaceId,
        email: input.email,
        role: input.role,
        tokenHash: hash,
        invitedById: input.inviter.userId,
        expiresAt: inviteExpiry(now),
      },
      select: { id: true, email: true, role: true, expiresAt: true },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.inviter.userId,
      action: "invite.created",
      subject: input.email,
      detail: { role: input.role, link: input.email === null },
    });
    return { invite, workspaceName: workspace.name };
  });

  return handOverInvite(invite, {
    token,
    origin: input.origin,
    inviterName: input.inviter.name,
    workspaceName,
  });
}
