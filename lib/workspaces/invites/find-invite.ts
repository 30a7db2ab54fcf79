import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { UNKNOWN_IP } from "@/lib/auth/client-ip";
import { hitWindow, windowWait } from "@/lib/security/sliding-window";
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

export type GuardedInvite =
  | { kind: "found"; invite: InvitePreview }
  | { kind: "none" }
  | { kind: "throttled"; retryAfterSeconds: number };

/**
 * `findInvite` for a link opened by anyone: an address whose recent look-ups missed too often
 * (rule "invite-ip", lib/security/throttle-policy.ts) is told to wait before the token is even
 * looked up, so guessing links learns nothing. Only misses count; an unknown address is not limited.
 */
export async function findInviteGuarded(db: PrismaClient, token: string, ip: string): Promise<GuardedInvite> {
  const known = ip !== UNKNOWN_IP;
  if (known) {
    const wait = await windowWait(db, "invite-ip", ip);
    if (wait > 0) return { kind: "throttled", retryAfterSeconds: wait };
  }
  const invite = await findInvite(db, token);
  if (invite) return { kind: "found", invite };
  if (known) await hitWindow(db, "invite-ip", ip, { force: true });
  return { kind: "none" };
}
