import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeammate } from "@/lib/testing/factories";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { isAppError } from "@/lib/errors";
import { submitGeneration } from "../generations/submit-generation";
import { usageReport } from "./usage-report";

/**
 * Spend control at the submit: a video over the member's or the workspace's monthly quota is
 * refused inside the submit transaction, before anything is sent upstream (the simulator counts
 * every POST), and the workspace's quota stays exact when many members submit at once.
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

const submit = (member: { userId: string; workspaceId: string }, durationSec = 6) =>
  submitGeneration(h.deps(), { ...member, idempotencyKey: newKey(), settings: settings({ durationSec }) });

const ledger = async (workspaceId: string) => {
  const rows = await t.db.usageEvent.groupBy({
    by: ["kind"],
    where: { workspaceId },
    _sum: { seconds: true },
  });
  const sum = (kind: string) => rows.find((r) => r.kind === kind)?._sum.seconds ?? 0;
  return { requested: sum("requested"), refunded: sum("refunded") };
};

describe("monthly quotas are checked before anything is sent", () => {
  it("the member's N+1st video is refused: no row, no usage, no upstream POST", async () => {
    const member = await h.member();
    await t.db.membership.update({
      where: { userId_workspaceId: member },
      data: { monthlyQuotaSeconds: 18 },
    });
    for (let i = 0; i < 3; i++) await submit(member);
    const before = {
      posts: h.submits(),
      rows: await t.db.generation.count({ where: { workspaceId: member.workspaceId } }),
    };

    await expect(submit(member)).rejects.toMatchObject({
      code: "rate_limited",
      message:
        "This video needs 6 s; you have 0 s of your 18 s monthly quota left. An admin can raise it on the Usage page.",
    });
    expect(h.submits()).toBe(before.posts);
    expect(await t.db.generation.count({ where: { workspaceId: member.workspaceId } })).toBe(before.rows);
    expect(await ledger(member.workspaceId)).toEqual({ requested: 18, refunded: 0 });
    expect(
      await t.db.activityEvent.count({
        where: { workspaceId: member.workspaceId, action: "generation.created" },
      }),
    ).toBe(3);
  });

  it("the workspace's quota binds every member, with a message naming what is left", async () => {
    const owner = await h.member();
    const mate = await createTeammate(t.db, owner.workspaceId);
    await t.db.workspace.update({ where: { id: owner.workspaceId }, data: { monthlyQuotaSeconds: 20 } });
    await submit(owner, 10);
    await submit(mate, 6);
    const before = h.submits();

    await expect(submit(mate, 10)).rejects.toMatchObject({
      code: "rate_limited",
      message:
        "This video needs 10 s; the workspace has 4 s of its 20 s monthly quota left. An admin can raise it on the Usage page.",
    });
    expect(h.submits()).toBe(before);
    // What does fit is still accepted.
    await submit(owner, 4);
    expect(await ledger(owner.workspaceId)).toEqual({ requested: 20, refunded: 0 });
  });

  it("a failed generation the upstream did not bill gives its seconds back, and they can be used again", async () => {
    const member = await h.member();
    await t.db.membership.update({ where: { userId_workspaceId: member }, data: { monthlyQuotaSeconds: 6 } });
    h.sim.simulator.injectFault({ kind: "forbidden", path: "/grok/videos" });
    const failed = await submit(member);
    expect(failed.state).toBe("rejected");
    expect(await ledger(member.workspaceId)).toEqual({ requested: 6, refunded: 6 });

    const again = await submit(member);
    expect(again.state).toBe("submitted");
    expect(await ledger(member.workspaceId)).toEqual({ requested: 12, refunded: 6 });
    // The usage page says so.
    const report = await usageReport(t.db, {
      workspaceId: member.workspaceId,
      viewer: { ...member, role: "owner" },
    });
    expect(report.members[0]).toMatchObject({
      usedSeconds: 6,
      refundedSeconds: 6,
      refundedGenerations: 1,
      generations: 2,
    });
    expect(report.workspace).toMatchObject({ usedSeconds: 6, refundedSeconds: 6 });
  });
});

describe("the workspace quota is exact under concurrency", () => {
  it("20 parallel submits from 8 members against room for exactly 10: 10 accepted, 10 sent, 60 s counted", async () => {
    const owner = await h.member();
    const mates = await Promise.all(Array.from({ length: 7 }, () => createTeammate(t.db, owner.workspaceId)));
    const members = [owner, ...mates];
    await t.db.workspace.update({ where: { id: owner.workspaceId }, data: { monthlyQuotaSeconds: 60 } });
    const before = h.submits();

    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => submit(members[i % members.length]!, 6)),
    );
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(10);
    for (const reason of refused) {
      expect(isAppError(reason) && reason.message).toMatch(
        /the workspace has 0 s of its 60 s monthly quota left/,
      );
    }
    expect(h.submits() - before).toBe(10);
    expect(await t.db.generation.count({ where: { workspaceId: owner.workspaceId } })).toBe(10);
    expect(await ledger(owner.workspaceId)).toEqual({ requested: 60, refunded: 0 });
    const report = await usageReport(t.db, {
      workspaceId: owner.workspaceId,
      viewer: { ...owner, role: "owner" },
    });
    expect(report.workspace).toMatchObject({ usedSeconds: 60, quotaSeconds: 60, generations: 10 });
    expect(report.members.reduce((s, m) => s + m.usedSeconds, 0)).toBe(60);
    expect(report.days.reduce((s, d) => s + d.seconds, 0)).toBe(60);
    expect(
      await t.db.activityEvent.count({
        where: { workspaceId: owner.workspaceId, action: "generation.created" },
      }),
    ).toBe(10);
  });
});
