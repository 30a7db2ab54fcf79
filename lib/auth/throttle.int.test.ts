import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { THROTTLE_RULES } from "@/lib/security/throttle-policy";
import { UNKNOWN_IP } from "./client-ip";
import { GuessThrottle } from "./throttle";

/**
 * The sign-in throttle's promises, on a simulated clock: attackers are slowed to the policy's
 * rate, and the owner is never locked out from an address that has not failed. A guess here is
 * an attempt that is not followed by `recordSuccess`; the owner's sign-in is one that is.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const T0 = Date.parse("2026-12-06T00:00:00Z");
let clock = T0;
const throttle = () => new GuessThrottle(t.db, "signin", () => new Date(clock));
let accounts = 0;
const account = () => `owner-${accounts++}@example.test`;
let addresses = 1;
const address = () => `198.51.100.${addresses++}`;

describe("GuessThrottle (sign-in)", () => {
  it("11 concurrent wrong guesses every 25 s from one address: the owner, from theirs, gets in 15 times of 15", async () => {
    const victim = account();
    const attacker = address();
    const owner = address();
    let ownerIn = 0;
    let checkedGuesses = 0;
    for (let round = 0; round < 15; round++) {
      clock = T0 + round * 25_000;
      const guesses = await Promise.all(
        Array.from({ length: 11 }, () => throttle().attempt(victim, attacker)),
      );
      checkedGuesses += guesses.filter((g) => g.allowed).length;
      const signIn = throttle();
      const verdict = await signIn.attempt(victim, owner);
      if (verdict.allowed) {
        ownerIn++;
        await signIn.recordSuccess(verdict);
      }
    }
    expect(ownerIn).toBe(15);
    // 6 min 15 s of guessing: one 15-minute pair window's worth.
    expect(checkedGuesses).toBe(THROTTLE_RULES["signin-pair"].limit);
  });

  it("the same attack without any known address is held to the account's rate, owner included", async () => {
    const victim = account();
    clock = T0;
    const guesses = await Promise.all(
      Array.from({ length: 40 }, () => throttle().attempt(victim, UNKNOWN_IP)),
    );
    expect(guesses.filter((g) => g.allowed)).toHaveLength(THROTTLE_RULES["signin-account"].limit);
    expect(await throttle().attempt(victim, UNKNOWN_IP)).toMatchObject({ allowed: false });
    clock = T0 + THROTTLE_RULES["signin-account"].windowSeconds * 1000;
    expect(await throttle().attempt(victim, UNKNOWN_IP)).toMatchObject({ allowed: true });
  });

  it("a block does not reset the window: one guess every 10 s for an hour gets exactly the policy's rate", async () => {
    const victim = account();
    const attacker = address();
    const { limit, windowSeconds } = THROTTLE_RULES["signin-pair"];
    let checked = 0;
    for (let s = 0; s < 3600; s += 10) {
      clock = T0 + s * 1000;
      if ((await throttle().attempt(victim, attacker)).allowed) checked++;
    }
    expect(checked).toBe((3600 / windowSeconds) * limit);
  });

  it("the owner signing in does not clear another address's failures", async () => {
    const victim = account();
    const attacker = address();
    clock = T0;
    for (let i = 0; i < THROTTLE_RULES["signin-pair"].limit; i++) await throttle().attempt(victim, attacker);
    const signIn = throttle();
    const verdict = await signIn.attempt(victim, address());
    await signIn.recordSuccess(verdict);
    expect(await throttle().attempt(victim, attacker)).toMatchObject({ allowed: false });
  });

  it("once the account's window is full, an address that already failed waits; a fresh one is checked", async () => {
    const victim = account();
    clock = T0;
    const spread = Array.from({ length: THROTTLE_RULES["signin-account"].limit }, address);
    for (const from of spread)
      expect(await throttle().attempt(victim, from)).toMatchObject({ allowed: true });
    expect(await throttle().attempt(victim, spread[0]!)).toMatchObject({ allowed: false });
    expect(await throttle().attempt(victim, address())).toMatchObject({ allowed: true });
  });

  it("the right password from an address forgets that address's own earlier typos", async () => {
    const victim = account();
    const owner = address();
    clock = T0;
    for (let i = 0; i < THROTTLE_RULES["signin-pair"].limit - 1; i++) await throttle().attempt(victim, owner);
    const signIn = throttle();
    await signIn.recordSuccess(await signIn.attempt(victim, owner));
    const next = await throttle().attempt(victim, owner);
    expect(next).toMatchObject({ allowed: true, delayMs: 0 });
  });
});
