import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";

export const FILES_ROUTE = "/api/files/";
/** S3's presigned URLs have the same ceiling; both drivers keep to it. */
export const MAX_URL_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

/** A key for file URLs only, derived from the app secret so the secret itself never signs anything. */
export function deriveStorageSigningKey(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "grok-video-studio", "storage-url-signature-v1", 32));
}

export function signFileUrl(signingKey: Uint8Array, key: string, exp: number, dl?: string): string {
  // Keys never contain "|" and exp is digits, so the three fields cannot be shifted into one another.
  return createHmac("sha256", signingKey)
    .update(`${key}|${exp}|${dl ?? ""}`)
    .digest("base64url");
}

export function verifyFileSignature(
  signingKey: Uint8Array,
  input: { key: string; exp: string | null; sig: string | null; dl?: string | null },
  nowMs: number,
): boolean {
  const { key, exp, sig } = input;
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) * 1000 <= nowMs) return false;
  const expected = Buffer.from(signFileUrl(signingKey, key, Number(exp), input.dl ?? undefined));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function assertUrlLifetime(expiresInSeconds: number): void {
  if (
    !Number.isInteger(expiresInSeconds) ||
    expiresInSeconds < 1 ||
    expiresInSeconds > MAX_URL_LIFETIME_SECONDS
  ) {
    throw new RangeError(`expiresInSeconds must be a whole number from 1 to ${MAX_URL_LIFETIME_SECONDS}`);
  }
}

/**
 * URLs that live at least two windows are rounded up to the next whole window, so the same file gets
 * the same URL for a while: a page that refetches its list within a window reloads no image. Never
 * shorter than asked, and at most one window longer (file URLs live minutes: file-urls.ts).
 */
export const STABLE_URL_WINDOW_SECONDS = 5 * 60;

export function expiryFor(expiresInSeconds: number, nowMs: number): number {
  assertUrlLifetime(expiresInSeconds);
  const exp = Math.floor(nowMs / 1000) + expiresInSeconds;
  if (expiresInSeconds < 2 * STABLE_URL_WINDOW_SECONDS) return exp;
  return Math.ceil(exp / STABLE_URL_WINDOW_SECONDS) * STABLE_URL_WINDOW_SECONDS;
}

/** The same stability for presigned S3 URLs: sign as of the window's start, valid as long as asked from now. */
export function stableSigning(
  expiresInSeconds: number,
  nowMs: number,
): { signingDate: Date; expiresIn: number } {
  assertUrlLifetime(expiresInSeconds);
  if (expiresInSeconds < 2 * STABLE_URL_WINDOW_SECONDS)
    return { signingDate: new Date(nowMs), expiresIn: expiresInSeconds };
  const windowStart = Math.floor(nowMs / 1000 / STABLE_URL_WINDOW_SECONDS) * STABLE_URL_WINDOW_SECONDS;
  const expiresIn = Math.min(
    MAX_URL_LIFETIME_SECONDS,
    Math.ceil(nowMs / 1000) - windowStart + expiresInSeconds,
  );
  return { signingDate: new Date(windowStart * 1000), expiresIn };
}

export function fileUrlPath(key: string, exp: number, sig: string, dl?: string): string {
  const query = new URLSearchParams({ exp: String(exp), sig });
  if (dl) query.set("dl", dl);
  return `${FILES_ROUTE}${key}?${query.toString()}`;
}
