import "server-only";
import { RateLimiterPrisma } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Failed sign-ins are counted per account and per IP in the database, so every instance sees
 * the same counts. After a few failures each attempt is slowed; after more, refused for a while.
 */
export const SIGNIN_POLICY = {
  windowSeconds: 15 * 60,
  slowAfter: 3,
  delayStepMs: 400,
  maxDelayMs: 2000,
  accountLimit: 10,
  ipLimit: 50,
} as const;

export type ThrottleVerdict =
  { allowed: true; delayMs: number } | { allowed: false; retryAfterSeconds: number };

/** Pure: what to do given how many recent failures an account and an IP have. */
export function signInVerdict(
  accountFailures: number,
  ipFailures: number,
  msBeforeReset: number,
): ThrottleVerdict {
  if (accountFailures >= SIGNIN_POLICY.accountLimit || ipFailures >= SIGNIN_POLICY.ipLimit) {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(msBeforeReset / 1000)) };
  }
  const excess = Math.max(0, accountFailures - SIGNIN_POLICY.slowAfter + 1);
  return { allowed: true, delayMs: Math.min(SIGNIN_POLICY.maxDelayMs, excess * SIGNIN_POLICY.delayStepMs) };
}

export class SignInThrottle {
  private readonly limiter: RateLimiterPrisma;

  constructor(client: PrismaClient) {
    this.limiter = new RateLimiterPrisma({
      storeClient: client,
      tableName: "rateLimiterFlexible",
      keyPrefix: "signin",
      points: SIGNIN_POLICY.ipLimit,
      duration: SIGNIN_POLICY.windowSeconds,
      clearExpiredByTimeout: false,
    });
  }

  async check(email: string, ip: string): Promise<ThrottleVerdict> {
    const [account, address] = await Promise.all([
      this.limiter.get(accountKey(email)),
      this.limiter.get(ipKey(ip)),
    ]);
    const msBeforeReset = Math.max(account?.msBeforeNext ?? 0, address?.msBeforeNext ?? 0);
    return signInVerdict(account?.consumedPoints ?? 0, address?.consumedPoints ?? 0, msBeforeReset);
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    // consume() rejects once over the limit; the count is what matters, not the rejection.
    await Promise.all(
      [accountKey(email), ipKey(ip)].map((key) => this.limiter.consume(key).catch(() => undefined)),
    );
  }

  async recordSuccess(email: string): Promise<void> {
    await this.limiter.delete(accountKey(email));
  }
}

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;
