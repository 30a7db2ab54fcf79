/**
 * How sign-in attempts are limited. Pure numbers and arithmetic; lib/auth/throttle.ts applies them
 * to counters in the database. Every attempt is counted before its password is checked.
 *
 * Three tiers, each a fixed window of attempts; the attempt that crosses a tier's limit blocks
 * that tier's key for a time that grows with each block (a "strike") remembered for a while:
 * - pair (account + IP): the strict limit. It blocks the attacker's address for that account
 *   for longer and longer, while the owner on another address is not affected.
 * - account (any IP): caps guessing spread over many addresses. Its blocks are short (30 s, then
 *   1 min, then 2 min at most) because anyone can trigger them: nobody is locked out for long.
 * - ip (any account): slows one address spraying many accounts; it may block for long.
 * Without a known address (TRUSTED_PROXY_HOPS = 0, see client-ip.ts) only the account tier
 * applies, so a shared "unknown" bucket can never lock everyone out.
 */
export interface TierPolicy {
  /** Attempts allowed per window. */
  limit: number;
  windowSeconds: number;
  /** The first block; each further strike multiplies it by `growth`, up to `maxBlockSeconds`. */
  firstBlockSeconds: number;
  growth: number;
  maxBlockSeconds: number;
  /** How long past blocks keep making the next one longer. */
  strikeMemorySeconds: number;
}

export type Tier = "ip" | "pair" | "account";

export const SIGNIN_POLICY = {
  tiers: {
    ip: {
      limit: 30,
      windowSeconds: 15 * 60,
      firstBlockSeconds: 5 * 60,
      growth: 2,
      maxBlockSeconds: 60 * 60,
      strikeMemorySeconds: 24 * 60 * 60,
    },
    pair: {
      limit: 5,
      windowSeconds: 15 * 60,
      firstBlockSeconds: 60,
      growth: 2,
      maxBlockSeconds: 15 * 60,
      strikeMemorySeconds: 24 * 60 * 60,
    },
    account: {
      limit: 10,
      windowSeconds: 5 * 60,
      firstBlockSeconds: 30,
      growth: 2,
      maxBlockSeconds: 2 * 60,
      strikeMemorySeconds: 60 * 60,
    },
  } satisfies Record<Tier, TierPolicy>,
  /** Checked in this order; the first refusal stops, so a refused attempt costs later tiers nothing. */
  order: ["ip", "pair", "account"] as const satisfies readonly Tier[],
  /** Attempts past this many in a window (pair or account) are slowed down by a growing delay. */
  slowAfter: 3,
  delayStepMs: 400,
  maxDelayMs: 2000,
};

/** Seconds the `strike`th block (1, 2, …) of a tier lasts. */
export function blockSeconds(policy: TierPolicy, strike: number): number {
  const grown = policy.firstBlockSeconds * policy.growth ** Math.max(0, strike - 1);
  return Math.min(policy.maxBlockSeconds, grown);
}

/** The pause before checking the password, given the highest attempt count (this one included). */
export function attemptDelayMs(attempts: number): number {
  const excess = Math.max(0, attempts - SIGNIN_POLICY.slowAfter);
  return Math.min(SIGNIN_POLICY.maxDelayMs, excess * SIGNIN_POLICY.delayStepMs);
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
