import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser, uniqueEmail } from "@/lib/testing/factories";
import { UNKNOWN_IP } from "./client-ip";
import { verifyCredentials, type CredentialsOutcome } from "./credentials";
import { attemptDelayMs, SLOW_AFTER, THROTTLE_RULES } from "@/lib/security/throttle-policy";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

let next = 1;
/** A fresh documentation-range address per call, so tests never share an IP bucket. */
const ip = () => `198.51.${Math.floor(next / 250)}.${next++ % 250}`;
const pair = THROTTLE_RULES["signin-pair"];
const account = THROTTLE_RULES["signin-account"];
const later = (seconds: number) => new Date(Date.now() + seconds * 1000);

const tally = (outcomes: CredentialsOutcome[]) => ({
  invalid: outcomes.filter((o) => !o.ok && o.reason === "invalid").length,
  throttled: outcomes.filter((o) => !o.ok && o.reason === "throttled").length,
});

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

  it("40 concurrent wrong passwords from one address: at most the limit are checked; the owner elsewhere gets in at once", async () => {
    const { user, password } = await createUser(t.db);
    const attacker = ip();
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        verifyCredentials(t.db, { email: user.email, password: "wrong", ip: attacker }),
      ),
    );
    const { invalid, throttled } = tally(outcomes);
    expect(invalid).toBe(pair.limit);
    expect(invalid + throttled).toBe(40);
    // Even the right password is refused from the attacker's address now…
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: attacker })).toMatchObject({
      reason: "throttled",
    });
    // …but the owner, from their own address, is not locked out at all.
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      ok: true,
    });
  }, 60_000);

  it("40 concurrent wrong passwords with no known address: exactly the account limit are checked, until the window passes", async () => {
    const { user, password } = await createUser(t.db);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        verifyCredentials(t.db, { email: user.email, password: "wrong", ip: UNKNOWN_IP }),
      ),
    );
    expect(tally(outcomes).invalid).toBe(account.limit);

    const refused = await verifyCredentials(t.db, { email: user.email, password, ip: UNKNOWN_IP });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    if (!refused.ok && refused.reason === "throttled")
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(account.windowSeconds);
    expect(
      await verifyCredentials(t.db, {
        email: user.email,
        password,
        ip: UNKNOWN_IP,
        now: later(account.windowSeconds),
      }),
    ).toMatchObject({ ok: true });
  }, 60_000);

  it("guesses spread over many addresses: each address that failed waits, the owner from their own gets in", async () => {
    const { user, password } = await createUser(t.db);
    const spread = Array.from({ length: account.limit }, ip);
    await Promise.all(
      spread.map((from) => verifyCredentials(t.db, { email: user.email, password: "wrong", ip: from })),
    );
    expect(
      await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: spread[0]! }),
    ).toMatchObject({
      reason: "throttled",
    });
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      ok: true,
    });
  }, 60_000);

  it("slows attempts after a few failures, and forgets them after a successful sign-in", async () => {
    const { user, password } = await createUser(t.db);
    const address = ip();
    const durations: number[] = [];
    for (let i = 0; i < SLOW_AFTER + 1; i++) {
      const start = performance.now();
      await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: address });
      durations.push(performance.now() - start);
    }
    // The slowest of these waited its delay on top of the check (a lower bound: load only adds).
    expect(durations.at(-1)!).toBeGreaterThanOrEqual(attemptDelayMs(SLOW_AFTER + 1));

    expect(await verifyCredentials(t.db, { email: user.email, password, ip: address })).toMatchObject({
      ok: true,
    });
    await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: address });
    // Only the attempt after the success is still counted for this address: the next ones start fast.
    expect(await t.db.throttleHit.count({ where: { key: `signin-pair:${user.email}|${address}` } })).toBe(1);
  }, 60_000);

  it("asks for a confirmed address only after the right password, when confirmation is required", async () => {
    const { user, password } = await createUser(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { emailVerified: null } });
    const wrong = await verifyCredentials(t.db, {
      email: user.email,
      password: "wrong",
      ip: ip(),
      requireVerifiedEmail: true,
    });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const right = await verifyCredentials(t.db, {
      email: user.email,
      password,
      ip: ip(),
      requireVerifiedEmail: true,
    });
    expect(right).toMatchObject({ ok: false, reason: "unverified", user: { id: user.id } });
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      ok: true,
    });
  });
});
