import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser, uniqueEmail } from "@/lib/testing/factories";
import { verifyCredentials } from "./credentials";
import { SIGNIN_POLICY } from "./throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const ip = () => `10.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("verifyCredentials", () => {
  it("signs in with the right password and never returns the hash", async () => {
    const { user, password } = await createUser(t.db);
    const outcome = await verifyCredentials(t.db, { email: user.email, password, ip: ip() });
    expect(outcome).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, sessionVersion: 1 },
    });
  });

  it("answers an unknown email exactly like a wrong password", async () => {
    const { user } = await createUser(t.db);
    const wrong = await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: ip() });
    const unknown = await verifyCredentials(t.db, {
      email: uniqueEmail("ghost"),
      password: "wrong",
      ip: ip(),
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("slows, then refuses an account after repeated failures — even with the right password", async () => {
    const { user, password } = await createUser(t.db);
    const address = ip();
    const durations: number[] = [];
    for (let i = 0; i < SIGNIN_POLICY.accountLimit; i++) {
      const start = performance.now();
      expect(
        await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: address }),
      ).toMatchObject({
        ok: false,
        reason: "invalid",
      });
      durations.push(performance.now() - start);
    }
    expect(durations.at(-1)! - durations[0]!).toBeGreaterThan(SIGNIN_POLICY.maxDelayMs * 0.8);

    const refused = await verifyCredentials(t.db, { email: user.email, password, ip: ip() });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    if (!refused.ok) expect(refused.retryAfterSeconds).toBeGreaterThan(60);
  }, 60_000);

  it("forgets earlier failures after a successful sign-in", async () => {
    const { user, password } = await createUser(t.db);
    for (let i = 0; i < SIGNIN_POLICY.slowAfter; i++) {
      await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: ip() });
    }
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      ok: true,
    });
    const start = performance.now();
    await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: ip() });
    expect(performance.now() - start).toBeLessThan(SIGNIN_POLICY.delayStepMs);
  });
});
