import "server-only";
import { hashOneTimeToken, newOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";

export const INVITE_TTL_DAYS = 7;

/** 256 random bits for the link; only the SHA-256 is stored, so a database leak opens no door. */
export function newInviteToken(): { token: string; hash: string } {
  const { token, tokenHash } = newOneTimeToken();
  return { token, hash: tokenHash };
}

export const hashInviteToken = hashOneTimeToken;

/** A token that cannot be one of ours (wrong length or alphabet) is answered without a query. */
export const isInviteTokenShape = (token: string) => ONE_TIME_TOKEN_PATTERN.test(token);

export const inviteUrl = (origin: string, token: string) => `${origin}/invite/${token}`;

export const inviteExpiry = (now: Date, days = INVITE_TTL_DAYS) =>
  new Date(now.getTime() + days * 86_400_000);
