import "server-only";
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db/generated/client";
import { UNKNOWN_IP } from "./client-ip";
import { attemptDelayMs, blockSeconds, SIGNIN_POLICY, type Tier } from "./throttle-policy";

export type ThrottleVerdict =
  { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

type TierOutcome = { allowed: true; attempts: number } | { allowed: false; retryAfterMs: number };

const STRIKE_POINTS = 1_000_000; // strikes are only counted, never refused

/**
 * The sign-in throttle (policy in throttle-policy.ts), counted in the RateLimiterFlexible table so
 * every instance shares it. `attempt` consumes a point before the password is checked: the
 * upsert increments in the database, so of 40 concurrent guesses exactly `limit` get through.
 */
export class SignInThrottle {
  private readonly counters: Record<Tier, RateLimiterPrisma>;
  private readonly strikes: Record<Tier, RateLimiterPrisma>;

  /**
   * `scope` keeps another password's counters apart from sign-in's ("share" for share-page
   * passwords, whose "account" is the link), under the same policy.
   */
  constructor(client: PrismaClient, scope: "signin" | "share" = "signin") {
    const make = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPrisma({
        storeClient: client,
        tableName: "rateLimiterFlexible",
        keyPrefix,
        points,
        duration,
        clearExpiredByTimeout: false,
      });
    const tiers = SIGNIN_POLICY.tiers;
    this.counters = {
      ip: make(`${scope}:ip`, tiers.ip.limit, tiers.ip.windowSeconds),
      pair: make(`${scope}:pair`, tiers.pair.limit, tiers.pair.windowSeconds),
      account: make(`${scope}:account`, tiers.account.limit, tiers.account.windowSeconds),
    };
    this.strikes = {
      ip: make(`${scope}:ip-strikes`, STRIKE_POINTS, tiers.ip.strikeMemorySeconds),
      pair: make(`${scope}:pair-strikes`, STRIKE_POINTS, tiers.pair.strikeMemorySeconds),
      account: make(`${scope}:account-strikes`, STRIKE_POINTS, tiers.account.strikeMemorySeconds),
    };
  }

  /** Counts one attempt in each tier, in order, until one refuses. */
  async attempt(email: string, ip: string): Promise<ThrottleVerdict> {
    const keys = tierKeys(email, ip);
    let mostAttempts = 0;
    for (const tier of SIGNIN_POLICY.order) {
      const key = keys[tier];
      if (key === undefined) continue;
      const outcome = await this.consume(tier, key);
      if (!outcome.allowed) {
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(outcome.retryAfterMs / 1000)) };
      }
      if (tier !== "ip") mostAttempts = Math.max(mostAttempts, outcome.attempts);
    }
    return { allowed: true, delayMs: attemptDelayMs(mostAttempts) };
  }

  /** The right password: this account's counters start over, and the address gets its point back. */
  async recordSuccess(email: string, ip: string): Promise<void> {
    const keys = tierKeys(email, ip);
    await Promise.all([
      this.counters.account.delete(keys.account),
      keys.pair === undefined ? undefined : this.counters.pair.delete(keys.pair),
      keys.ip === undefined ? undefined : this.counters.ip.reward(keys.ip, 1),
    ]);
  }

  private async consume(tier: Tier, key: string): Promise<TierOutcome> {
    const policy = SIGNIN_POLICY.tiers[tier];
    try {
      const counted = await this.counters[tier].consume(key);
      return { allowed: true, attempts: counted.consumedPoints };
    } catch (rejection) {
      // The limiter rejects with a RateLimiterRes when over the limit, with an Error when the
      // store fails; Error is a global, so this check holds across bundles (ENVIRONMENT.md, 6).
      if (rejection instanceof Error) throw rejection;
      const over = rejection as RateLimiterRes;
      if (over.consumedPoints !== policy.limit + 1) {
        // Already blocked (or blocking right now): the wait is what remains, never over the cap.
        return { allowed: false, retryAfterMs: Math.min(over.msBeforeNext, policy.maxBlockSeconds * 1000) };
      }
      // Exactly one attempt crosses the line (the count is atomic): it starts the block.
      const strike = await this.strikes[tier].consume(key);
      const seconds = blockSeconds(policy, strike.consumedPoints);
      await this.counters[tier].block(key, seconds);
      return { allowed: false, retryAfterMs: seconds * 1000 };
    }
  }
}

function tierKeys(email: string, ip: string): { ip?: string; pair?: string; account: string } {
  const account = email.trim().toLowerCase();
  const known = ip !== UNKNOWN_IP;
  return {
    ip: known ? ip : undefined,
    pair: known ? `${account}|${ip}` : undefined,
    account,
  };
}
