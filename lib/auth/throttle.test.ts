import { describe, expect, it } from "vitest";
import { SIGNIN_POLICY, signInVerdict } from "./throttle";

describe("signInVerdict", () => {
  it("lets the first attempts through at full speed", () => {
    expect(signInVerdict(0, 0, 0)).toEqual({ allowed: true, delayMs: 0 });
    expect(signInVerdict(SIGNIN_POLICY.slowAfter - 1, 0, 0)).toEqual({ allowed: true, delayMs: 0 });
  });

  it("slows each attempt after a few failures, up to a cap", () => {
    const a = signInVerdict(SIGNIN_POLICY.slowAfter, 0, 0);
    const b = signInVerdict(SIGNIN_POLICY.slowAfter + 1, 0, 0);
    expect(a).toEqual({ allowed: true, delayMs: SIGNIN_POLICY.delayStepMs });
    expect(b).toEqual({ allowed: true, delayMs: 2 * SIGNIN_POLICY.delayStepMs });
    expect(signInVerdict(SIGNIN_POLICY.accountLimit - 1, 0, 0)).toEqual({
      allowed: true,
      delayMs: SIGNIN_POLICY.maxDelayMs,
    });
  });

  it("refuses an account or an IP over its limit, saying for how long", () => {
    expect(signInVerdict(SIGNIN_POLICY.accountLimit, 0, 61_500)).toEqual({
      allowed: false,
      retryAfterSeconds: 62,
    });
    expect(signInVerdict(0, SIGNIN_POLICY.ipLimit, 1_000)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });
});
