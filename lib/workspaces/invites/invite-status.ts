export type InviteStatus = "pending" | "expired" | "revoked" | "accepted";

/** Where an invite stands now; only "pending" can be redeemed, revoked or resent. */
export function inviteStatus(
  invite: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InviteStatus {
  if (invite.acceptedAt) return "accepted";
  if (invite.revokedAt) return "revoked";
  return invite.expiresAt <= now ? "expired" : "pending";
}

/** What a person holding a link that cannot be used is told, and what to do. */
export const INVITE_REFUSALS: Record<Exclude<InviteStatus, "pending">, string> = {
  accepted: "This invite has already been used. Ask for a new one if you still need to join.",
  revoked: "This invite was withdrawn. Ask the person who invited you for a new one.",
  expired: "This invite has expired. Ask the person who invited you for a new one.",
};
