import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

/** How long a typed share password is remembered in that browser. */
export const PROOF_TTL_SECONDS = 12 * 60 * 60;
export const PROOF_COOKIE = "share_proof";

/** A key for share-page proofs only, derived from the app secret (which itself never signs anything). */
export const deriveProofKey = (secret: string): Buffer =>
  Buffer.from(hkdfSync("sha256", secret, "grok-video-studio", "share-link-proof-v1", 32));

/**
 * What the cookie holds after the right password: `<exp>.<hmac>`. The MAC covers the link and its
 * password hash, so a proof opens only that link, and no longer once its password changes.
 */
export function makeShareProof(
  key: Uint8Array,
  link: { id: string; passwordHash: string },
  nowMs: number,
): string {
  const exp = Math.floor(nowMs / 1000) + PROOF_TTL_SECONDS;
  return `${exp}.${mac(key, link, exp)}`;
}

export function verifyShareProof(
  key: Uint8Array,
  link: { id: string; passwordHash: string },
  proof: string | undefined,
  nowMs: number,
): boolean {
  const match = proof ? /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(proof) : null;
  if (!match || Number(match[1]) * 1000 <= nowMs) return false;
  const expected = Buffer.from(mac(key, link, Number(match[1])));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function mac(key: Uint8Array, link: { id: string; passwordHash: string }, exp: number): string {
  return createHmac("sha256", key).update(`${link.id}|${exp}|${link.passwordHash}`).digest("base64url");
}
