/**
 * The share form's limits and choices, without zod: the gallery's bulk bar and the share dialog's
 * labels need them in the studio's first load, where the schema library is not wanted.
 */

/** A reel holds at most this many videos (the gallery's "Share as reel" offers 2 to this). */
export const REEL_MAX = 20;
export const SHARE_TITLE_MAX = 120;
export const SHARE_PASSWORD_MIN = 6;
export const SHARE_PASSWORD_MAX = 128;

export const SHARE_EXPIRIES = {
  never: { label: "Never", days: null },
  "1d": { label: "1 day", days: 1 },
  "7d": { label: "7 days", days: 7 },
  "30d": { label: "30 days", days: 30 },
} as const;
export type ShareExpiry = keyof typeof SHARE_EXPIRIES;
