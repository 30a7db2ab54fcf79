import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, base64url: 43 characters, fit for a URL path segment. */
export const ONE_TIME_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A token for a link in a mail. Only its SHA-256 is stored: someone who reads the database
 * cannot use a link, and a random 256-bit token needs no slow hash to resist guessing.
 */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashOneTimeToken(token) };
}

export function hashOneTimeToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
