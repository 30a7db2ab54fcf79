import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 18 random bytes (144 bits), base64url: 24 characters, short enough for a chat message. */
const TOKEN_BYTES = 18;
export const SHARE_TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/**
 * The secret part of a share link. Only its SHA-256 is stored (a random 144-bit token needs no
 * slow hash), so the link is shown once, when it is made, and a database leak opens no page.
 */
export function newShareToken(): { token: string; tokenHash: string; tokenHint: string } {
  const token = randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashShareToken(token), tokenHint: token.slice(-4) };
}

export const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A token that cannot be one of ours is answered without a query. */
export const isShareTokenShape = (token: string) => SHARE_TOKEN_PATTERN.test(token);

export const sharePath = (token: string) => `/s/${token}`;
