import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { hitWindow, sweepThrottleHits, windowWait } from "./sliding-window";
import { THROTTLE_RULES, type RuleName } from "./throttle-policy";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

let subjects = 0;
const fresh = () => `subject-${subjects++}`;
const T0 = Date.parse("2026-12-06T00:00:00Z");
const at = (seconds: number) => new Date(T0 + seconds * 1000);
const rules = Object.entries(THROTTLE_RULES) as Array<[RuleName, (typeof THROTTLE_RULES)[RuleName]]>;

/** Every rule of the policy table, against its stated rate, on a simulated clock. */
describe.each(rules)("rule %s", (rule, { limit, windowSeconds }) => {
  it(`counts exactly ${limit} of ${limit + 3} concurrent hits`, async () => {
    const subject = fresh();
    const hits = await Promise.all(
      Array.from({ length: limit + 3 }, () => hitWindow(t.db, rule, subject, { now: at(0) })),
    );
    expect(hits.filter((hit) => hit.allowed)).toHaveLength(limit);
  });

  it(`lets through ${limit} per ${windowSeconds} s at twice that rate, in every window, and a refusal resets nothing`, async () => {
    const subject = fresh();
    const step = windowSeconds / (2 * limit);
    const allowedAt: number[] = [];
    for (let s = 0; s < 3 * windowSeconds; s += step) {
      const hit = await hitWindow(t.db, rule, subject, { now: at(s) });
      if (hit.allowed) allowedAt.push(s);
    }
    expect(allowedAt).toHaveLength(3 * limit);
    for (const start of allowedAt)
      expect(allowedAt.filter((s) => s >= start && s < start + windowSeconds).length).toBeLessThanOrEqual(
        limit,
      );
  });

  it("says truthfully how long to wait", async () => {
    const subject = fresh();
    for (let i = 0; i < limit; i++) await hitWindow(t.db, rule, subject, { now: at(i) });
    const refused = await hitWindow(t.db, rule, subject, { now: at(limit) });
    if (refused.allowed) throw new Error("expected a refusal");
    expect(refused.retryAfterSeconds).toBe(windowSeconds - limit);
    expect(await windowWait(t.db, rule, subject, at(limit))).toBe(refused.retryAfterSeconds);
    expect(
      (await hitWindow(t.db, rule, subject, { now: at(limit + refused.retryAfterSeconds - 1) })).allowed,
    ).toBe(false);
    expect(
      (await hitWindow(t.db, rule, subject, { now: at(limit + refused.retryAfterSeconds) })).allowed,
    ).toBe(true);
  });
});

describe("sliding window store", () => {
  it("keeps subjects and rules apart", async () => {
    const subject = fresh();
    for (let i = 0; i < THROTTLE_RULES["reset-email"].limit; i++)
      await hitWindow(t.db, "reset-email", subject, { now: at(0) });
    expect((await hitWindow(t.db, "reset-email", subject, { now: at(1) })).allowed).toBe(false);
    expect((await hitWindow(t.db, "reset-email", fresh(), { now: at(1) })).allowed).toBe(true);
    expect((await hitWindow(t.db, "reset-ip", subject, { now: at(1) })).allowed).toBe(true);
  });

  it("counts a forced hit even when the window is full", async () => {
    const subject = fresh();
    const { limit } = THROTTLE_RULES["reset-email"];
    for (let i = 0; i < limit; i++) await hitWindow(t.db, "reset-email", subject, { now: at(0) });
    expect(await hitWindow(t.db, "reset-email", subject, { now: at(1), force: true })).toMatchObject({
      allowed: true,
      before: limit,
    });
  });

  it("sweeps hits older than every window, and only those", async () => {
    const longest = Math.max(...rules.map(([, rule]) => rule.windowSeconds));
    const subject = fresh();
    await hitWindow(t.db, "signup-mail-email", subject, { now: at(0) });
    await hitWindow(t.db, "signup-mail-email", subject, { now: at(10) });
    await sweepThrottleHits(t.db, at(longest + 5));
    expect(await t.db.throttleHit.count({ where: { key: `signup-mail-email:${subject}` } })).toBe(1);
  });
});
