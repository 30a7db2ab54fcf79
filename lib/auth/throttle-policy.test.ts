import { describe, expect, it } from "vitest";
import { attemptDelayMs, blockSeconds, describeWait, SIGNIN_POLICY } from "./throttle-policy";

const { ip, pair, account } = SIGNIN_POLICY.tiers;

describe("sign-in throttle policy", () => {
  it("keeps every account-wide block short, however often it repeats", () => {
    const blocks = [1, 2, 3, 4, 10, 100].map((strike) => blockSeconds(account, strike));
    expect(blocks).toEqual([30, 60, 120, 120, 120, 120]);
    expect(Math.max(...blocks)).toBeLessThanOrEqual(120);
  });

  it("grows the attacker's own blocks (account + address, address alone) much further", () => {
    expect([1, 2, 3, 4, 5, 6].map((s) => blockSeconds(pair, s))).toEqual([60, 120, 240, 480, 900, 900]);
    expect([1, 2, 3, 4, 5].map((s) => blockSeconds(ip, s))).toEqual([300, 600, 1200, 2400, 3600]);
  });

  it("limits one address on one account more tightly than the account as a whole", () => {
    expect(pair.limit).toBeLessThan(account.limit);
    expect(account.limit).toBeLessThan(ip.limit);
    expect(SIGNIN_POLICY.order).toEqual(["ip", "pair", "account"]);
  });

  it("lets the first attempts through at full speed, then slows each one up to a cap", () => {
    expect(attemptDelayMs(1)).toBe(0);
    expect(attemptDelayMs(SIGNIN_POLICY.slowAfter)).toBe(0);
    expect(attemptDelayMs(SIGNIN_POLICY.slowAfter + 1)).toBe(SIGNIN_POLICY.delayStepMs);
    expect(attemptDelayMs(SIGNIN_POLICY.slowAfter + 2)).toBe(2 * SIGNIN_POLICY.delayStepMs);
    expect(attemptDelayMs(1000)).toBe(SIGNIN_POLICY.maxDelayMs);
  });

  it("states the real wait, rounded up", () => {
    expect(describeWait(0.2)).toBe("1 second");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(900)).toBe("15 minutes");
  });
});
