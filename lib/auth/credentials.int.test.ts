import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser, uniqueEmail } from "@/lib/testing/factories";
import { UNKNOWN_IP } from "./client-ip";
import { verifyCredentials, type CredentialsOutcome } from "./credentials";
import { SIGNIN_POLICY } from "./throttle-policy";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

let next = 1;
/** A fresh documentation-range address per call, so tests never share an IP bucket. */
const ip = () => `198.51.${Math.floor(next / 250)}.${next++ % 250}`;
const { pair, account } = SIGNIN_POLICY.tiers;

/** Ends a running block the way time would: the counter's window is over. */
async function letBlocksExpire(prefix: string) {
  await t.db.rateLimiterFlexible.updateMany({
    where: { key: { startsWith: prefix }, NOT: { key: { contains: "strikes" } } },
    data: { expire: new Date(Date.now() - 1000) },
  });
}

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
    expect(invalid).toBeLessThanOrEqual(pair.limit);
    expect(invalid).toBeGreaterThan(0);
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

  it("40 concurrent wrong passwords with no known address: at most the account limit are checked, and the block is short", async () => {
    const { user, password } = await createUser(t.db);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        verifyCredentials(t.db, { email: user.email, password: "wrong", ip: UNKNOWN_IP }),
      ),
    );
    const { invalid } = tally(outcomes);
    expect(invalid).toBeLessThanOrEqual(account.limit);
    expect(invalid).toBeGreaterThan(0);

    const refused = await verifyCredentials(t.db, { email: user.email, password, ip: UNKNOWN_IP });
    expect(refused).toMatchObject({ ok: false, reason: "throttled" });
    if (!refused.ok && refused.reason === "throttled")
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(account.firstBlockSeconds);

    await letBlocksExpire(`signin:account:${user.email}`);
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: UNKNOWN_IP })).toMatchObject({
      ok: true,
    });
  }, 60_000);

  it("guesses spread over 40 addresses are capped by the account limit, and the owner waits two minutes at most", async () => {
    const { user, password } = await createUser(t.db);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, () =>
        verifyCredentials(t.db, { email: user.email, password: "wrong", ip: ip() }),
      ),
    );
    expect(tally(outcomes).invalid).toBeLessThanOrEqual(account.limit);
    const owner = await verifyCredentials(t.db, { email: user.email, password, ip: ip() });
    expect(owner).toMatchObject({ ok: false, reason: "throttled" });
    if (!owner.ok && owner.reason === "throttled")
      expect(owner.retryAfterSeconds).toBeLessThanOrEqual(account.maxBlockSeconds);
  }, 60_000);

  it("blocks one address on one account for longer each time it keeps guessing", async () => {
    const { user } = await createUser(t.db);
    const attacker = ip();
    const waits: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < pair.limit; i++)
        await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: attacker });
      const refused = await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: attacker });
      if (refused.ok || refused.reason !== "throttled")
        throw new Error(`expected throttled, got ${JSON.stringify(refused)}`);
      waits.push(refused.retryAfterSeconds);
      await letBlocksExpire("signin:");
    }
    expect(waits).toEqual([pair.firstBlockSeconds, pair.firstBlockSeconds * pair.growth]);
  }, 60_000);

  it("slows attempts after a few failures, and forgets them after a successful sign-in", async () => {
    const { user, password } = await createUser(t.db);
    const address = ip();
    const durations: number[] = [];
    for (let i = 0; i < SIGNIN_POLICY.slowAfter + 1; i++) {
      const start = performance.now();
      await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: address });
      durations.push(performance.now() - start);
    }
    expect(durations.at(-1)! - durations[0]!).toBeGreaterThan(SIGNIN_POLICY.delayStepMs * 0.8);

    expect(await verifyCredentials(t.db, { email: user.email, password, ip: address })).toMatchObject({
      ok: true,
    });
    const start = performance.now();
    await verifyCredentials(t.db, { email: user.email, password: "wrong", ip: address });
    expect(performance.now() - start).toBeLessThan(SIGNIN_POLICY.delayStepMs);
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
