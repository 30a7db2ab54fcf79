import { describe, expect, it } from "vitest";
import { attemptDelayMs, describeWait, GUESS_RULES, SLOW_AFTER, THROTTLE_RULES } from "./throttle-policy";

describe("throttle policy", () => {
  it("limits one address on one subject more tightly than the subject as a whole", () => {
    for (const rules of Object.values(GUESS_RULES))
      expect(THROTTLE_RULES[rules.pair].limit).toBeLessThanOrEqual(THROTTLE_RULES[rules.subject].limit);
  });

  it("states what each rule counts, with a positive limit and window", () => {
    for (const rule of Object.values(THROTTLE_RULES)) {
      expect(rule.limit).toBeGreaterThan(0);
      expect(rule.windowSeconds).toBeGreaterThan(0);
      expect(rule.counts).toMatch(/^[a-z].+[a-z]$/);
    }
  });

  it("lets the first attempts through at full speed, then slows each one up to a cap", () => {
    expect(attemptDelayMs(SLOW_AFTER)).toBe(0);
    expect(attemptDelayMs(SLOW_AFTER + 1)).toBe(400);
    expect(attemptDelayMs(SLOW_AFTER + 2)).toBe(800);
    expect(attemptDelayMs(100)).toBe(2000);
  });

  it("states the real wait, rounded up", () => {
    expect(describeWait(0.2)).toBe("1 second");
    expect(describeWait(30)).toBe("30 seconds");
    expect(describeWait(60)).toBe("1 minute");
    expect(describeWait(61)).toBe("2 minutes");
    expect(describeWait(900)).toBe("15 minutes");
  });
});
