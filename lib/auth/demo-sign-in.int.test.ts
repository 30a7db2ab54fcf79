import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { verifyCredentials } from "./credentials";
import { createDemoAccount } from "./demo-sign-in";
import { UNKNOWN_IP } from "./client-ip";
import { THROTTLE_RULES } from "@/lib/security/throttle-policy";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("createDemoAccount", () => {
  it("gives each visitor their own confirmed account and studio, usable with its password at once", async () => {
    const first = await createDemoAccount(t.db, { ip: "203.0.113.7" });
    const second = await createDemoAccount(t.db, { ip: "203.0.113.8" });
    if (first.kind !== "created" || second.kind !== "created") throw new Error("throttled too early");
    expect(first.email).not.toBe(second.email);
    expect(first.email).toMatch(/@demo\.invalid$/);

    const stored = await t.db.user.findUniqueOrThrow({
      where: { email: first.email },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(stored.emailVerified).not.toBeNull();
    expect(stored.memberships).toEqual([
      expect.objectContaining({ role: "owner", workspace: expect.objectContaining({ personal: true }) }),
    ]);
    const signIn = await verifyCredentials(t.db, {
      email: first.email,
      password: first.password,
      ip: UNKNOWN_IP,
      requireVerifiedEmail: true,
    });
    expect(signIn.ok).toBe(true);
  });

  it("without a known address, stops making accounts once the shared budget is spent, and makes none while refused", async () => {
    const limit = THROTTLE_RULES["demo-all"].limit;
    const outcomes = [];
    // Fresh database per file, but the first test already spent two.
    for (let i = 0; i < limit; i++) outcomes.push(await createDemoAccount(t.db, { ip: UNKNOWN_IP }));
    expect(outcomes.filter((o) => o.kind === "created")).toHaveLength(limit - 2);
    const refused = outcomes.at(-1);
    expect(refused).toMatchObject({ kind: "throttled" });
    expect(refused?.kind === "throttled" && refused.retryAfterSeconds).toBeGreaterThan(0);

    const users = await t.db.user.count({ where: { email: { endsWith: "@demo.invalid" } } });
    expect(users).toBe(limit);
  });

  it("with the shared budget spent, an address that made one waits and a new visitor still gets theirs", async () => {
    const repeat = "203.0.113.7"; // made one in the first test
    expect(await createDemoAccount(t.db, { ip: repeat })).toMatchObject({ kind: "throttled" });
    expect(await createDemoAccount(t.db, { ip: "203.0.113.99" })).toMatchObject({ kind: "created" });
  });
});
