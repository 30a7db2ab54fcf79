import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { submitBatch } from "../generations/submit-batch";
import { submitGeneration } from "../generations/submit-generation";
import { setMemberBudget, setPrices, setWorkspaceBudget } from "./set-prices";
import { usageReport } from "./usage-report";

/**
 * Money where the team sets prices: each video is charged at the price of the day it was asked
 * for, a refund gives that back, the usage report sums it per member, day and model, and a money
 * budget refuses what would pass it before anything is sent.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 200 });
});
afterAll(async () => {
  await h.close();
  await t.close();
});

type Member = { userId: string; workspaceId: string };
const submit = (member: Member, overrides: Record<string, unknown> = {}) =>
  submitGeneration(h.deps(), {
    ...member,
    idempotencyKey: newKey(),
    settings: settings({ durationSec: 6, ...overrides }),
  });
const price = (member: Member, model: string, dollarsPerSecond: number | null) =>
  setPrices(t.db, { ...member, actorId: member.userId, prices: [{ model, dollarsPerSecond }] });
const report = (member: Member) =>
  usageReport(t.db, { workspaceId: member.workspaceId, viewer: { ...member, role: "owner" } });

describe("money", () => {
  it("stays in seconds until a price is set; then each video costs its day's price, refunds give it back", async () => {
    const member = await h.member();
    await submit(member);
    expect((await report(member)).priced).toBe(false);
    expect((await report(member)).workspace.costMicros).toBe(0);

    await price(member, "grok-imagine-video", 50_000); // $0.05 a second
    await submit(member);
    await price(member, "grok-imagine-video", 100_000); // a price change does not rewrite the past
    await submit(member, { model: "grok-imagine-video", durationSec: 10 });
    h.sim.simulator.injectFault({ kind: "forbidden", path: "/grok/videos" });
    expect((await submit(member)).state).toBe("rejected"); // charged $0.60, then refunded

    const r = await report(member);
    expect(r.priced).toBe(true);
    expect(r.workspace).toMatchObject({ usedSeconds: 22, costMicros: 300_000 + 1_000_000 });
    expect(r.members.find((m) => m.userId === member.userId)?.costMicros).toBe(1_300_000);
    expect(r.models).toEqual([{ model: "grok-imagine-video", usedSeconds: 22, costMicros: 1_300_000 }]);
    expect(r.days.reduce((s, d) => s + d.costMicros, 0)).toBe(1_300_000);
  });

  it("a money budget refuses what would pass it, says how much is left, and a batch is all or nothing", async () => {
    const member = await h.member();
    await price(member, "grok-imagine-video", 100_000);
    await setWorkspaceBudget(t.db, { ...member, actorId: member.userId, micros: 1_500_000 }); // $1.50
    await submit(member); // $0.60
    const posts = h.submits();
    await expect(
      submitBatch(h.deps(), {
        ...member,
        idempotencyKey: newKey(),
        count: 2,
        settings: settings({ durationSec: 6 }),
      }),
    ).rejects.toMatchObject({
      code: "rate_limited",
      message:
        "These 2 videos cost $1.20; the workspace has $0.90 of its $1.50 monthly budget left, enough for 1 of them. An admin can raise it on the Usage page.",
    });
    expect(h.submits()).toBe(posts);
    await submit(member); // $1.20 of $1.50
    await expect(submit(member)).rejects.toMatchObject({
      message: expect.stringContaining("$0.30 of its $1.50"),
    });
    // A model without a price cannot be counted against a budget.
    await expect(submit(member, { model: "grok-imagine-video-1.5-preview" })).rejects.toMatchObject({
      message: expect.stringContaining("has no price here"),
    });
    expect((await report(member)).budgetMicros).toBe(1_500_000);
  });

  it("a member's budget holds them alone; the team's other members go on", async () => {
    const member = await h.member();
    await price(member, "grok-imagine-video", 100_000);
    await setMemberBudget(t.db, { ...member, actorId: member.userId, micros: 700_000 }); // $0.70
    await submit(member); // $0.60
    await expect(submit(member)).rejects.toMatchObject({
      code: "rate_limited",
      message:
        "This video costs $0.60; you have $0.10 of your $0.70 monthly budget left. An admin can raise it on the Usage page.",
    });
    const r = await report(member);
    expect(r.members.find((m) => m.userId === member.userId)).toMatchObject({
      budgetMicros: 700_000,
      costMicros: 600_000,
    });
    await setMemberBudget(t.db, { ...member, actorId: member.userId, micros: null });
    expect((await submit(member)).state).toBe("submitted");
  });
});
