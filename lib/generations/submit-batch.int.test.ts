import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeammate } from "@/lib/testing/factories";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { isAppError } from "@/lib/errors";
import { listGenerations, listQuerySchema } from "./list-generations";
import type { BatchSize } from "./batch";
import { submitBatch } from "./submit-batch";

/**
 * "×N" on the create panel: N videos with one set of settings, each its own row, key and upstream
 * POST (the simulator counts every POST), paid for as one request — all of it fits the quotas or
 * none of it is made, and a retried batch never makes a second set.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
beforeAll(async () => {
  t = await openTestDatabase();
  // A generous submit timeout: on a loaded machine a slow answer must not read as a lost one.
  h = await startLifecycleHarness(t.db, { taskDurationMs: 200, submitTimeoutMs: 10_000 });
});
afterAll(async () => {
  await h.close();
  await t.close();
});

type Member = { userId: string; workspaceId: string };
const batch = (member: Member, count: BatchSize, opts: { key?: string; durationSec?: number } = {}) =>
  submitBatch(h.deps(), {
    ...member,
    count,
    idempotencyKey: opts.key ?? newKey(),
    settings: settings({ durationSec: opts.durationSec ?? 6, prompt: `Batch ${count}: gulls over a pier` }),
  });

const rowsOf = (workspaceId: string) =>
  t.db.generation.findMany({ where: { workspaceId }, orderBy: { batchIndex: "asc" } });

const requestedSeconds = async (workspaceId: string) =>
  (
    await t.db.usageEvent.aggregate({
      where: { workspaceId, kind: "requested" },
      _sum: { seconds: true },
    })
  )._sum.seconds ?? 0;

describe("submitBatch", () => {
  it("×4 makes four rows with their own keys and one batch id, sends four POSTs and counts 4 × the seconds", async () => {
    const member = await h.member();
    const before = h.submits();
    const key = newKey();
    const result = await batch(member, 4, { key, durationSec: 10 });

    const rows = await rowsOf(member.workspaceId);
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.idempotencyKey)).size).toBe(4);
    expect(rows.map((r) => r.idempotencyKey)).toEqual([1, 2, 3, 4].map((i) => `${key}:${i}`));
    expect(new Set(rows.map((r) => r.batchId))).toEqual(new Set([result.batchId]));
    expect(rows.map((r) => [r.batchIndex, r.batchSize])).toEqual([
      [1, 4],
      [2, 4],
      [3, 4],
      [4, 4],
    ]);
    expect(result.duplicate).toBe(false);
    expect(result.outcomes.map((o) => o.generationId)).toEqual(rows.map((r) => r.id));
    // All four sent at once (slots are free): none waits in line.
    for (const o of result.outcomes) {
      expect(o.queuePosition).toBeUndefined();
      expect(o.state).not.toBe("queued");
    }
    expect(h.submits() - before).toBe(4);
    expect(new Set(rows.map((r) => r.taskId)).size).toBe(4);
    expect(await requestedSeconds(member.workspaceId)).toBe(40);

    // The gallery's DTO says where each stands in its batch ("2 of 4").
    const page = await listGenerations(t.db, {
      workspaceId: member.workspaceId,
      query: listQuerySchema.parse({}),
      signVideoUrl: async (k) => `/signed/${k}`,
    });
    expect(page.items.map((g) => g.batch && `${g.batch.index} of ${g.batch.size}`).sort()).toEqual([
      "1 of 4",
      "2 of 4",
      "3 of 4",
      "4 of 4",
    ]);
  });

  it("a retried batch (same key, even with another count) returns the same rows: no new row, POST or charge", async () => {
    const member = await h.member();
    const key = newKey();
    const first = await batch(member, 4, { key });
    const before = h.submits();

    const retries = await Promise.all([batch(member, 4, { key }), batch(member, 4, { key })]);
    const otherCount = await batch(member, 2, { key });
    const single = await batch(member, 1, { key });
    for (const again of [...retries, otherCount, single]) {
      expect(again.duplicate).toBe(true);
      expect(again.batchId).toBe(first.batchId);
      expect(again.outcomes.map((o) => o.generationId)).toEqual(first.outcomes.map((o) => o.generationId));
    }
    expect(h.submits()).toBe(before);
    expect(await rowsOf(member.workspaceId)).toHaveLength(4);
    expect(await requestedSeconds(member.workspaceId)).toBe(24);
  });

  it("×1 is the single submit as before: the client's key as is, no batch", async () => {
    const member = await h.member();
    const key = newKey();
    const result = await batch(member, 1, { key });
    expect(result).toMatchObject({ batchId: null, duplicate: false });
    expect(result.outcomes).toHaveLength(1);
    const [row] = await rowsOf(member.workspaceId);
    expect(row).toMatchObject({ idempotencyKey: key, batchId: null, batchIndex: null });
    expect(row!.taskId).toBeTruthy();
  });

  it("a batch over the member's quota creates nothing and says how many would fit", async () => {
    const member = await h.member();
    await t.db.membership.update({
      where: { userId_workspaceId: member },
      data: { monthlyQuotaSeconds: 25 },
    });
    const before = h.submits();

    const refused = batch(member, 4, { durationSec: 10 });
    await expect(refused).rejects.toMatchObject({
      code: "rate_limited",
      message:
        "These 4 videos need 40 s (10 s each); you have 25 s of your 25 s monthly quota left, enough for 2 of them. An admin can raise it on the Usage page.",
    });
    expect(h.submits()).toBe(before);
    expect(await rowsOf(member.workspaceId)).toHaveLength(0);
    expect(await requestedSeconds(member.workspaceId)).toBe(0);
    expect(
      await t.db.activityEvent.count({
        where: { workspaceId: member.workspaceId, action: "generation.created" },
      }),
    ).toBe(0);

    // What fits is still accepted, and then nothing of it fits.
    await batch(member, 2, { durationSec: 10 });
    await expect(batch(member, 2, { durationSec: 10 })).rejects.toMatchObject({
      message: expect.stringContaining(
        "you have 5 s of your 25 s monthly quota left, not enough for one of them",
      ),
    });
    expect(await requestedSeconds(member.workspaceId)).toBe(20);
  });

  it("concurrent batches from six members never overspend the workspace quota", async () => {
    const owner = await h.member();
    const mates = await Promise.all(Array.from({ length: 5 }, () => createTeammate(t.db, owner.workspaceId)));
    await t.db.workspace.update({ where: { id: owner.workspaceId }, data: { monthlyQuotaSeconds: 60 } });
    const before = h.submits();

    const results = await Promise.allSettled([owner, ...mates].map((m) => batch(m, 4, { durationSec: 6 })));
    const accepted = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    // 24 s a batch: two fit in 60 s (48 s), a third would need 72 s.
    expect(accepted).toHaveLength(2);
    expect(refused).toHaveLength(4);
    for (const reason of refused) {
      expect(isAppError(reason) && reason.message).toBe(
        "These 4 videos need 24 s (6 s each); the workspace has 12 s of its 60 s monthly quota left, enough for 2 of them. An admin can raise it on the Usage page.",
      );
    }
    const rows = await rowsOf(owner.workspaceId);
    expect(rows).toHaveLength(8);
    expect(new Set(rows.map((r) => r.batchId)).size).toBe(2);
    expect(h.submits() - before).toBe(8);
    expect(await requestedSeconds(owner.workspaceId)).toBe(48);
  });
});
