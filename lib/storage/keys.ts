import { createHash, randomBytes } from "node:crypto";
import { AppError } from "@/lib/errors";

// Segments of lowercase letters, digits and dashes, then 32 hex characters and an extension:
// no dots outside the extension, so no "..", no leading "/", nothing a path could escape with.
const PREFIX_PATTERN = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*$/;
const EXT_PATTERN = /^[a-z0-9]{1,8}$/;
const KEY_PATTERN = /^(?:[a-z0-9-]+\/)+[0-9a-f]{32}\.[a-z0-9]{1,8}$/;
const MAX_KEY_LENGTH = 200;

/** A fresh, unguessable object key such as `videos/2026/11/<32 hex>.mp4`. */
export function randomKey(prefix: string, ext: string, now: Date = new Date()): string {
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid storage key prefix: ${prefix}`);
  if (!EXT_PATTERN.test(ext)) throw new Error(`Invalid storage key extension: ${ext}`);
  const year = now.getUTCFullYear();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${prefix}/${year}/${month}/${randomBytes(16).toString("hex")}.${ext}`;
}

/**
 * The one key for a thing that must be stored once, such as a generation's video: a repeated
 * copy writes over the same object instead of leaving another one behind. Files are only ever
 * served through signed URLs, so a predictable key gives nothing away.
 */
export function stableKey(prefix: string, ext: string, seed: string): string {
  if (!PREFIX_PATTERN.test(prefix)) throw new Error(`Invalid storage key prefix: ${prefix}`);
  if (!EXT_PATTERN.test(ext)) throw new Error(`Invalid storage key extension: ${ext}`);
  const digest = createHash("sha256").update(`${prefix}:${seed}`).digest("hex").slice(0, 32);
  return `${prefix}/${digest}.${ext}`;
}

export function isValidKey(key: string): boolean {
  return key.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(key);
}

export function assertValidKey(key: string): void {
  if (!isValidKey(key)) throw new AppError("bad_request", "Invalid storage key.");
}

export function keyExtension(key: string): string {
  return key.slice(key.lastIndexOf(".") + 1);
}
