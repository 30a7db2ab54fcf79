import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { hashInviteToken, isInviteTokenShape } from "./invite-token";
import { inviteStatus, type InviteStatus } from "./invite-status";

export interface InvitePreview {
  workspaceName: string;
  inviterName: string;
  role: Role;
  email: string | null;
  status: InviteStatus;
  expiresAt: string;
}

/** What the invite page shows to whoever holds the link, before they sign in or up. */
export async function findInvite(db: PrismaClient, token: string): Promise<InvitePreview | null> {
  if (!isInviteTokenShape(token)) return null;
  const invite = await db.invite.findUnique({
    where: { tokenHash: hashInviteToken(token) },
    select: {
      email: true,
      role: true,
      acceptedAt: true,
      revokedAt: true,
      expiresAt: true,
      workspace: { select: { name: true } },
      invitedBy: { select: { name: true, email: true } },
    },
  });
  if (!invite) return null;
  return {
    workspaceName: invite.workspace.name,
    inviterName: invite.invitedBy.name ?? invite.invitedBy.email,
    role: invite.role,
    email: invite.email,
    status: inviteStatus(invite),
    expiresAt: invite.expiresAt.toISOString(),
  };
}
