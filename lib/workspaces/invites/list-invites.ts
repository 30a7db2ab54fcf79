import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { inviteStatus } from "./invite-status";

export interface InviteRow {
  id: string;
  email: string | null;
  role: Role;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  expired: boolean;
}

/** Invites not yet used or withdrawn (expired ones too, so they can be resent), newest first. */
export async function listInvites(db: PrismaClient, workspaceId: string): Promise<InviteRow[]> {
  const rows = await db.invite.findMany({
    where: { workspaceId, acceptedAt: null, revokedAt: null },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: {
      id: true,
      email: true,
      role: true,
      createdAt: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      invitedBy: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    role: r.role,
    invitedBy: r.invitedBy.name ?? r.invitedBy.email,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    expired: inviteStatus(r) === "expired",
  }));
}
