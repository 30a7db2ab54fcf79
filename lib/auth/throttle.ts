import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { clearWindow, hitWindow, refundHits } from "@/lib/security/sliding-window";
import { attemptDelayMs, GUESS_RULES, type GuessRules } from "@/lib/security/throttle-policy";
import { UNKNOWN_IP } from "./client-ip";

export type ThrottleVerdict =
  | {
      allowed: true;
      delayMs: number;
      /** What `recordSuccess` takes back: this attempt's hits, and the pair it came from. */
      hits: bigint[];
      pair?: string;
    }
  | { allowed: false; retryAfterSeconds: number };

/**
 * Guesses at a secret (a password, a share link's password; demo accounts reuse it for sign-ups),
 * under the rules of lib/security/throttle-policy.ts. Each attempt is counted before the secret is
 * checked, so concurrent guesses cannot slip past a limit; a right guess takes its own counts back.
 *
 * - address: any subject, from one address (skipped when the address is unknown);
 * - pair: this subject from this address — the attacker's own limit;
 * - subject: this subject from anywhere — refuses only addresses that already failed on it, so
 *   guessing from elsewhere never locks the owner out. Unknown addresses always count as failed.
 */
export class GuessThrottle {
  private readonly rules: GuessRules;

  constructor(
    private readonly db: PrismaClient,
    kind: keyof typeof GUESS_RULES = "signin",
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.rules = GUESS_RULES[kind];
  }

  async attempt(subjectKey: string, ip: string): Promise<ThrottleVerdict> {
    const subject = subjectKey.trim().toLowerCase();
    const known = ip !== UNKNOWN_IP;
    const now = this.clock();
    const hits: bigint[] = [];
    const refuse = async (retryAfterSeconds: number): Promise<ThrottleVerdict> => {
      await refundHits(this.db, hits); // a refused attempt checks nothing, so it counts nowhere
      return { allowed: false, retryAfterSeconds };
    };

    if (known && this.rules.ip) {
      const byAddress = await hitWindow(this.db, this.rules.ip, ip, { now });
      if (!byAddress.allowed) return refuse(byAddress.retryAfterSeconds);
      hits.push(byAddress.id);
    }
    let failedHere = true;
    let attemptsHere = 0;
    if (known) {
      const pair = await hitWindow(this.db, this.rules.pair, `${subject}|${ip}`, { now });
      if (!pair.allowed) return refuse(pair.retryAfterSeconds);
      hits.push(pair.id);
      failedHere = pair.before > 0;
      attemptsHere = pair.before + 1;
    }
    // An address with no failure on this subject is let through even when the subject's window
    // is full (and still counted): that is the owner, or at most one guess per fresh address.
    const bySubject = await hitWindow(this.db, this.rules.subject, subject, { now, force: !failedHere });
    if (!bySubject.allowed) return refuse(bySubject.retryAfterSeconds);
    hits.push(bySubject.id);
    const attempts = known ? attemptsHere : bySubject.before + 1;
    return {
      allowed: true,
      delayMs: attemptDelayMs(attempts),
      hits,
      pair: known ? `${subject}|${ip}` : undefined,
    };
  }

  /**
   * The right secret: this attempt was not a failure, and the earlier ones from this address were
   * its owner's typos, so those counts go. Failures from any other address stay counted.
   */
  async recordSuccess(verdict: ThrottleVerdict): Promise<void> {
    if (!verdict.allowed) return;
    await refundHits(this.db, verdict.hits);
    if (verdict.pair) await clearWindow(this.db, this.rules.pair, verdict.pair);
  }
}
