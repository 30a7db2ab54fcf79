/**
 * Every throttle in the studio, in one table. Pure numbers; lib/security/sliding-window.ts
 * counts them in the database, so every instance shares the counts.
 *
 * Each rule is a sliding window: at most `limit` counted hits in any `windowSeconds`. A refusal
 * lasts exactly until the oldest counted hit leaves the window; being refused neither resets nor
 * extends the count, and a success takes back only its own hit, never another address's.
 *
 * Sign-in (and share-link passwords, where the link plays the account's part) checks, in order:
 * the address (any account), the account from that address, then the account from anywhere. The
 * account rule is the one an attacker could use against an owner, so it never refuses an address
 * that has not failed on that account inside the pair window: the owner, signing in from their
 * own address while someone guesses from elsewhere, always has their password checked.
 */
export interface WindowRule {
  limit: number;
  windowSeconds: number;
  /** What one hit is, for the README and the tests' names. */
  counts: string;
}

const MINUTE = 60;
const HOUR = 60 * MINUTE;

export const THROTTLE_RULES = {
  "signin-ip": {
    limit: 30,
    windowSeconds: 15 * MINUTE,
    counts: "sign-in attempts from one address, any account",
  },
  "signin-pair": {
    limit: 5,
    windowSeconds: 15 * MINUTE,
    counts: "sign-in attempts on one account from one address",
  },
  "signin-account": {
    limit: 10,
    windowSeconds: 5 * MINUTE,
    counts: "sign-in attempts on one account from addresses that already failed on it",
  },
  "share-ip": {
    limit: 30,
    windowSeconds: 15 * MINUTE,
    counts: "share-link passwords tried from one address",
  },
  "share-pair": {
    limit: 5,
    windowSeconds: 15 * MINUTE,
    counts: "passwords tried on one share link from one address",
  },
  "share-link": {
    limit: 10,
    windowSeconds: 5 * MINUTE,
    counts: "passwords tried on one share link from addresses that already failed on it",
  },
  "guest-ip": {
    limit: 20,
    windowSeconds: 15 * MINUTE,
    counts: "guest comments and verdicts from one address, any share link",
  },
  "guest-link": {
    // Enough for a client going through a reel (a note and a verdict on each of 20 videos).
    limit: 40,
    windowSeconds: HOUR,
    counts: "guest comments and verdicts on one share link, from anywhere",
  },
  "demo-ip": { limit: 10, windowSeconds: 15 * MINUTE, counts: "demo accounts made from one address" },
  "demo-all": {
    limit: 10,
    windowSeconds: 5 * MINUTE,
    counts: "demo accounts made from addresses that made one already",
  },
  "reset-email": { limit: 3, windowSeconds: HOUR, counts: "password-reset mails to one address" },
  "reset-ip": { limit: 10, windowSeconds: HOUR, counts: "password-reset requests from one address" },
  "signup-mail-email": {
    limit: 2,
    windowSeconds: 24 * HOUR,
    counts: "mails to one address because someone signed up with it",
  },
  "signup-mail-ip": { limit: 10, windowSeconds: HOUR, counts: "sign-ups that send a mail, from one address" },
  "invite-ip": {
    limit: 30,
    windowSeconds: 15 * MINUTE,
    counts: "invite links opened from one address that match no invite",
  },
} as const satisfies Record<string, WindowRule>;

export type RuleName = keyof typeof THROTTLE_RULES;

/** The three rules of a password check (sign-in, share link, demo accounts), in the order they apply. */
export interface GuessRules {
  /** The address on any subject (none for demo accounts, where the pair rule is already per address). */
  ip?: RuleName;
  pair: RuleName;
  subject: RuleName;
}

export const GUESS_RULES = {
  signin: { ip: "signin-ip", pair: "signin-pair", subject: "signin-account" },
  share: { ip: "share-ip", pair: "share-pair", subject: "share-link" },
  demo: { pair: "demo-ip", subject: "demo-all" },
} as const satisfies Record<string, GuessRules>;

/** Attempts past this many from one address (on one subject) are slowed by a growing delay. */
export const SLOW_AFTER = 3;
const DELAY_STEP_MS = 400;
const MAX_DELAY_MS = 2000;

/** The pause before checking a password, given how many attempts (this one included) the address made. */
export function attemptDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, Math.max(0, attempts - SLOW_AFTER) * DELAY_STEP_MS);
}

/** "30 seconds", "1 minute", "15 minutes": the real wait, rounded up, for a person to read. */
export function describeWait(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds));
    return `${s} second${s === 1 ? "" : "s"}`;
  }
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
