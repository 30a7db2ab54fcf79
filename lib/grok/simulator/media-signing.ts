import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Signed video links, so the media route can be public (browsers and the server's mirroring have
 * no bearer token) without serving anybody who merely guesses the simulator's address.
 */
export const MEDIA_URL_LIFETIME_SECONDS = 7 * 24 * 60 * 60;

/** `path` is below basePath (`/media/848x480.mp4`), so a link survives a change of origin. */
function signature(key: string, path: string, exp: number): string {
  return createHmac("sha256", key).update(`grok-sim-media|${path}|${exp}`).digest("base64url");
}

/** `?exp=…&sig=…` for a media path, valid for seven days from `nowMs`. */
export function signMediaPath(key: string, path: string, nowMs: number): string {
  const exp = Math.floor(nowMs / 1000) + MEDIA_URL_LIFETIME_SECONDS;
  return `?${new URLSearchParams({ exp: String(exp), sig: signature(key, path, exp) })}`;
}

export function verifyMediaUrl(key: string, path: string, url: URL, nowMs: number): boolean {
  const exp = url.searchParams.get("exp");
  const sig = url.searchParams.get("sig");
  if (!exp || !sig || !/^\d{1,12}$/.test(exp) || Number(exp) * 1000 <= nowMs) return false;
  const expected = Buffer.from(signature(key, path, Number(exp)));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
