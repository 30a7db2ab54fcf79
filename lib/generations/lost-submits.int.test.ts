import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { cancelGeneration } from "./cancel-generation";
import { pollDue } from "@/lib/testing/poll-due";
import { tasksFinishedUpstream } from "@/lib/testing/upstream-tasks";
import type { PollDeps } from "./poll-generations";
import { dispatchGenerations } from "./dispatch-generations";
import { sendGeneration } from "./send-generation";
import { submitGeneration } from "./submit-generation";

/**
 * Submits whose answer was lost, tasks the provider forgot, and cancel races: settled by what
 * the provider's own records say, never by a second POST, and refunded only when nothing can
 * have been charged.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
// Long enough for the request to reach the simulator on a loaded machine (two suites side by side
// once took longer than 600 ms: the task was never made, and the test had nothing to find).
const SUBMIT_TIMEOUT_MS = 1_500;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 300, submitTimeoutMs: SUBMIT_TIMEOUT_MS });
});
afterEach(() => {
  h.sim.simulator.clearFaults();
  h.sim.simulator.configure({ listFilters: "supported" });
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const later = (ms: number) => new Date(Date.now() + ms);
const GRACE_MS = 60_000;
const checker = (overrides: Partial<PollDeps> = {}): PollDeps => ({
  db: t.db,
  grok: h.grok,
  timeoutMs: 15 * 60_000,
  submitTimeoutMs: SUBMIT_TIMEOUT_MS,
  graceMs: GRACE_MS,
  ...overrides,
});
const submitPollingOnly = async (member: { userId: string; workspaceId: string }, prompt?: string) =>
  submitGeneration(h.deps({ appUrl: undefined }), {
    ...member,
    idempotencyKey: newKey(),
    settings: settings(prompt ? { prompt } : {}),
  });
const row = (id: string) => t.db.generation.findUniqueOrThrow({ where: { id } });
const makeDue = (ids: string[]) =>
  t.db.generation.updateMany({ where: { id: { in: ids } }, data: { nextPollAt: new Date(0) } });
const usage = async (id: string) => {
  const events = await t.db.usageEvent.findMany({
    where: { generationId: id },
    orderBy: { createdAt: "asc" },
  });
  return events.map((e) => `${e.kind} ${e.seconds}`);
};
const settle = async (id: string, nowMs: number, overrides: Partial<PollDeps> = {}) => {
  await makeDue([id]);
  return pollDue(checker({ now: () => later(nowMs), ...overrides }));
};

describe("a submit whose answer was lost", () => {
  it("is found in the provider's task list by its exact request and finishes, without a refund", async () => {
    const member = await h.member();
    const posts = h.submits();
    h.sim.simulator.injectFault({ kind: "accept_then_hang" });
    const outcome = await submitPollingOnly(member);
    expect(outcome).toMatchObject({ state: "unknown", errorCode: "timeout_after_send" });
    const g = await row(outcome.generationId);
    expect(g.sentRequest).toMatchObject({ prompt: g.prompt, duration: g.durationSec });

    // The task the lost answer was about: the newest the provider made.
    const taskId = [...h.sim.simulator.tasks.keys()].at(-1)!;
    await tasksFinishedUpstream(h.sim.simulator, [taskId]);
    await settle(g.id, 1_000);
    await settle(g.id, 2_000); // the next poll reads it finished and copies nothing (no mirror here)
    const after = await row(g.id);
    expect(after.taskId).toBe(taskId);
    expect(after.state).toBe("succeeded");
    expect(h.submits() - posts).toBe(1);
    expect(await usage(g.id)).toEqual([`requested ${g.durationSec}`]);
    const listing = h.taskReads().find((r) => (r.body as { created_at_min?: number }).created_at_min);
    expect(listing?.body).toMatchObject({ action: "retrieve_batch", type: "videos", offset: 0, limit: 50 });
  });

  it("with two identical requests in the window, attaches each task to one generation", async () => {
    const member = await h.member();
    const prompt = `Twins ${newKey()}`;
    h.sim.simulator.injectFault({ kind: "accept_then_hang", times: 2 });
    const [a, b] = await Promise.all([submitPollingOnly(member, prompt), submitPollingOnly(member, prompt)]);
    await settle(a!.generationId, 1_000);
    await makeDue([b!.generationId]);
    await settle(b!.generationId, 1_000);
    const [ga, gb] = await Promise.all([row(a!.generationId), row(b!.generationId)]);
    expect(ga.taskId).toBeTruthy();
    expect(gb.taskId).toBeTruthy();
    expect(ga.taskId).not.toBe(gb.taskId);
  });

  it("is failed and refunded only after the grace, when the provider lists no such task", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "hang" }); // the request never became a task
    const { generationId: id } = await submitPollingOnly(member);
    expect((await row(id)).state).toBe("unknown");

    await settle(id, 5_000);
    expect((await row(id)).state).toBe("unknown"); // within the grace: nothing concluded, nothing refunded
    expect(await usage(id)).toHaveLength(1);

    await settle(id, GRACE_MS + 5_000);
    const g = await row(id);
    expect(g).toMatchObject({ state: "failed", errorCode: "task_not_found" });
    expect(g.errorMessage).toContain("no record of this video");
    expect(await usage(id)).toEqual(["requested 6", "refunded 6"]);
  });

  it("tolerates the time filters being ignored: reads on and still matches", async () => {
    const member = await h.member();
    h.sim.simulator.configure({ listFilters: "ignored" });
    h.sim.simulator.injectFault({ kind: "accept_then_hang" });
    const { generationId: id } = await submitPollingOnly(member);
    await settle(id, 1_000);
    expect((await row(id)).taskId).toBeTruthy();
  });

  it("when the listing is refused, never concludes 'not found': times out keeping its seconds", async () => {
    const member = await h.member();
    h.sim.simulator.configure({ listFilters: "refused" });
    h.sim.simulator.injectFault({ kind: "hang" });
    const { generationId: id } = await submitPollingOnly(member);
    await settle(id, GRACE_MS + 5_000);
    expect((await row(id)).state).toBe("unknown");
    await settle(id, 16 * 60_000);
    const g = await row(id);
    expect(g.state).toBe("timed_out");
    expect(g.errorMessage).toContain("not given back");
    expect(g.errorMessage).not.toContain("nothing was charged");
    expect(await usage(id)).toEqual(["requested 6"]);
  });
});

describe("late looks after the deadline", () => {
  it("a lost answer whose task exists, found after the deadline: the video arrives, seconds kept, one POST", async () => {
    const member = await h.member();
    h.sim.simulator.configure({ listFilters: "refused" });
    h.sim.simulator.injectFault({ kind: "accept_then_hang" });
    const { generationId: id } = await submitPollingOnly(member, `Found late ${newKey()}`);
    const posts = h.submits();
    await settle(id, 16 * 60_000);
    const timedOut = await row(id);
    expect(timedOut).toMatchObject({ state: "timed_out", taskId: null });
    // Still looked for: the next look is booked ten minutes on, not dropped.
    expect(timedOut.nextPollAt!.getTime() - timedOut.finishedAt!.getTime()).toBe(10 * 60_000);

    h.sim.simulator.configure({ listFilters: "supported" });
    await settle(id, 27 * 60_000);
    const found = await row(id);
    expect(found.state).toBe("succeeded");
    expect(found.taskId).not.toBeNull();
    expect(found.providerVideoUrl).toBeTruthy();
    expect(h.submits()).toBe(posts);
    expect(await usage(id)).toEqual(["requested 6"]);
  });

  it("a lost answer the provider never received, learnt after the deadline: failed and refunded, no more looks", async () => {
    const member = await h.member();
    h.sim.simulator.configure({ listFilters: "refused" });
    h.sim.simulator.injectFault({ kind: "hang" });
    const { generationId: id } = await submitPollingOnly(member, `Never received ${newKey()}`);
    await settle(id, 16 * 60_000);
    expect((await row(id)).state).toBe("timed_out");
    h.sim.simulator.configure({ listFilters: "supported" });
    await settle(id, 27 * 60_000);
    const g = await row(id);
    expect(g).toMatchObject({ state: "failed", errorCode: "task_not_found", nextPollAt: null });
    expect(await usage(id)).toEqual(["requested 6", "refunded 6"]);
  });
});

describe("a task the provider does not know", () => {
  it("is settled as failed and refunded after the grace, not held until the deadline", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "task_never_finishes" });
    const { generationId: id } = await submitPollingOnly(member);
    const { taskId } = await row(id);
    (h.sim.simulator.tasks as Map<string, unknown>).delete(taskId!); // a provider restart that lost it

    await settle(id, 10_000);
    const missing = await row(id);
    expect(missing.state).toBe("submitted");
    expect(missing.taskMissingSince).toBeTruthy();
    await settle(id, 10_000 + GRACE_MS + 1_000);
    const g = await row(id);
    expect(g).toMatchObject({ state: "failed", errorCode: "task_not_found" });
    expect(await usage(id)).toEqual(["requested 6", "refunded 6"]);
  });
});

describe("cancel", () => {
  it("is refused once the request has left, and the task that arrives is kept and charged", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "accept_then_hang" });
    const submitting = submitPollingOnly(member);
    await expect
      .poll(() =>
        t.db.generation.findFirst({
          where: { workspaceId: member.workspaceId, sendStartedAt: { not: null } },
        }),
      )
      .toBeTruthy();
    const g = await t.db.generation.findFirstOrThrow({ where: { workspaceId: member.workspaceId } });
    await expect(
      cancelGeneration({
        db: t.db,
        workspaceId: member.workspaceId,
        id: g.id,
        userId: member.userId,
        role: "member",
      }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("already been sent to Grok"),
    });
    await submitting;
    await settle(g.id, 1_000);
    expect((await row(g.id)).taskId).toBeTruthy();
    expect(await usage(g.id)).toEqual(["requested 6"]);
  });

  it("works before the request leaves, refunds, and the row can no longer be sent", async () => {
    const member = await h.member();
    const g = await t.db.generation.create({
      data: {
        workspaceId: member.workspaceId,
        creatorId: member.userId,
        idempotencyKey: newKey(),
        prompt: "never sent",
        model: "grok-imagine-video",
        aspectRatio: "16:9",
        resolution: "480p",
        durationSec: 6,
      },
    });
    await t.db.usageEvent.create({
      data: {
        workspaceId: member.workspaceId,
        userId: member.userId,
        generationId: g.id,
        kind: "requested",
        seconds: 6,
      },
    });
    await cancelGeneration({
      db: t.db,
      workspaceId: member.workspaceId,
      id: g.id,
      userId: member.userId,
      role: "member",
    });
    const posts = h.submits();
    expect(await sendGeneration(h.deps(), g.id)).toBe("not_ours");
    expect(h.submits()).toBe(posts);
    expect((await row(g.id)).state).toBe("canceled");
    expect(await usage(g.id)).toEqual(["requested 6", "refunded 6"]);
  });
});

describe("a generation left queued by a process that died before sending", () => {
  it("is sent exactly once, however many dispatch passes race for it", async () => {
    const member = await h.member();
    const g = await t.db.generation.create({
      data: {
        workspaceId: member.workspaceId,
        creatorId: member.userId,
        idempotencyKey: newKey(),
        prompt: `orphan ${newKey()}`,
        model: "grok-imagine-video",
        aspectRatio: "16:9",
        resolution: "480p",
        durationSec: 6,
      },
    });
    const posts = h.submits();
    const deps = h.deps({ appUrl: undefined });
    await Promise.all([dispatchGenerations(deps), dispatchGenerations(deps), sendGeneration(deps, g.id)]);
    expect(h.submits() - posts).toBe(1);
    expect((await row(g.id)).state).toBe("submitted");
  });
});
