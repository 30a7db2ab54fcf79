import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeammate } from "@/lib/testing/factories";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { dispatchGenerations } from "./dispatch-generations";
import { DEFAULT_LIMITS } from "./limits";
import { listGenerations, listQuerySchema } from "./list-generations";
import { submitBatch } from "./submit-batch";
import { submitGeneration } from "./submit-generation";

/**
 * The per-minute guard is a pace, not a refusal: a member who goes past the workspace's submits
 * per minute has every video saved, and the ones past the pace wait in the queue — their time
 * shown — until the minute allows. A ×4 is one submit.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 60_000, submitTimeoutMs: 10_000 });
});
afterAll(async () => {
  await h.close();
  await t.close();
});

/** A member of a workspace whose admins set a pace of `perMinute`, and a clock the test moves. */
async function pacedMember(perMinute: number) {
  const member = await h.member();
  await t.db.workspace.update({ where: { id: member.workspaceId }, data: { submitsPerMinute: perMinute } });
  const start = Date.now();
  let offset = 0;
  const deps = h.deps({ now: () => new Date(start + offset) });
  return { member, deps, start, at: (ms: number) => (offset = ms) };
}

const x4 = (
  deps: ReturnType<typeof h.deps>,
  member: { userId: string; workspaceId: string },
  prompt: string,
) => submitBatch(deps, { ...member, count: 4, idempotencyKey: newKey(), settings: settings({ prompt }) });

describe("the per-minute pace", () => {
  it("takes a third ×4 in a minute at a pace of 2: saved, held with its time, sent when the minute allows", async () => {
    const { member, deps, start, at } = await pacedMember(2);
    const before = h.submits();
    const first = await x4(deps, member, "Pace one: kites");
    const second = await x4(deps, member, "Pace two: kites");
    // Batches count once: eight videos, two submits, all sent at once.
    expect(h.submits() - before).toBe(8);
    expect([...first.outcomes, ...second.outcomes].every((o) => o.state === "submitted")).toBe(true);

    const third = await x4(deps, member, "Pace three: kites");
    const due = new Date(start + 60_000).toISOString();
    expect(third.outcomes).toHaveLength(4);
    for (const o of third.outcomes) {
      expect(o.state).toBe("queued");
      expect(o.pacedUntil).toBe(due);
      expect(o.queuePosition).toBeGreaterThan(0);
    }
    expect(h.submits() - before).toBe(8);

    // The studio's queue says why it waits and until when.
    const active = await listGenerations(t.db, {
      workspaceId: member.workspaceId,
      query: listQuerySchema.parse({ status: "active" }),
      signVideoUrl: async (key) => key,
    });
    const held = active.items.filter((g) => g.prompt === "Pace three: kites");
    expect(held.map((g) => g.queue?.pacedUntil)).toEqual([due, due, due, due]);

    at(59_000);
    await dispatchGenerations(deps);
    expect(h.submits() - before).toBe(8);
    at(60_000);
    await dispatchGenerations(deps);
    expect(h.submits() - before).toBe(12);
    const rows = await t.db.generation.findMany({ where: { prompt: "Pace three: kites" } });
    expect(rows.map((r) => r.state)).toEqual(["submitted", "submitted", "submitted", "submitted"]);
  });

  it("at the default pace takes three ×4 in a minute as three submits: all twelve sent at once", async () => {
    const member = await h.member();
    const deps = h.deps({ limits: DEFAULT_LIMITS });
    const before = h.submits();
    const outcomes = [];
    for (const n of [1, 2, 3])
      outcomes.push(...(await x4(deps, member, `Default pace ${n}: kites`)).outcomes);
    expect(outcomes.map((o) => [o.state, o.pacedUntil])).toEqual(Array(12).fill(["submitted", undefined]));
    expect(h.submits() - before).toBe(12);
  });

  it("never lets one rolling minute hold more submits than the pace, however fast they come", async () => {
    const { member, deps, start, at } = await pacedMember(3);
    const times: number[] = [];
    for (let i = 0; i < 8; i++) {
      at(i * 5_000);
      const outcome = await submitGeneration(deps, {
        ...member,
        idempotencyKey: newKey(),
        settings: settings({ prompt: `Paced single ${i}` }),
      });
      times.push(outcome.pacedUntil ? new Date(outcome.pacedUntil).getTime() - start : i * 5_000);
    }
    // 0, 5, 10 go at once; the fourth waits for the first's minute to pass, and so on.
    expect(times).toEqual([0, 5_000, 10_000, 60_000, 65_000, 70_000, 120_000, 125_000]);
    for (const t0 of times)
      expect(times.filter((x) => x > t0 - 60_000 && x <= t0).length).toBeLessThanOrEqual(3);
  });

  it("paces each member on their own: a teammate's submits go at once", async () => {
    const { member, deps } = await pacedMember(1);
    await submitGeneration(deps, { ...member, idempotencyKey: newKey(), settings: settings() });
    const held = await submitGeneration(deps, { ...member, idempotencyKey: newKey(), settings: settings() });
    expect(held.pacedUntil).toBeDefined();
    const teammate = await createTeammate(t.db, member.workspaceId);
    const mate = await submitGeneration(deps, {
      ...teammate,
      idempotencyKey: newKey(),
      settings: settings(),
    });
    expect(mate.state).toBe("submitted");
    expect(mate.pacedUntil).toBeUndefined();
  });
});
