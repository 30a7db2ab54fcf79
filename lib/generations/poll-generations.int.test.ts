import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { handleGrokCallback } from "./handle-callback";
import { pollDue } from "@/lib/testing/poll-due";
import { tasksFinishedUpstream } from "@/lib/testing/upstream-tasks";
import type { PollDeps } from "./poll-generations";
import { submitGeneration } from "./submit-generation";

let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 200 });
});
afterEach(() => h.sim.simulator.clearFaults());
afterAll(async () => {
  await h.close();
  await t.close();
});

const later = (ms: number) => new Date(Date.now() + ms);
const checker = (overrides: Partial<PollDeps> = {}): PollDeps => ({
  db: t.db,
  grok: h.grok,
  timeoutMs: 15 * 60_000,
  ...overrides,
});
/** Submits without callbacks, so only the looks can learn the outcome. */
const submitPollingOnly = async (member: { userId: string; workspaceId: string }, overrides = {}) =>
  (
    await submitGeneration(h.deps({ appUrl: undefined }), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings(overrides),
    })
  ).generationId;
const taskIds = async (ids: string[]) =>
  (await t.db.generation.findMany({ where: { id: { in: ids } }, select: { taskId: true } })).map(
    (g) => g.taskId,
  );
const state = async (id: string) => (await t.db.generation.findUniqueOrThrow({ where: { id } })).state;
const makeDue = (ids: string[]) =>
  t.db.generation.updateMany({ where: { id: { in: ids } }, data: { nextPollAt: new Date(0) } });

describe("pollGenerations", () => {
  it("reads every due task with one retrieve_batch and settles them", async () => {
    const member = await h.member();
    const ids = await Promise.all([1, 2, 3].map(() => submitPollingOnly(member)));
    await tasksFinishedUpstream(h.sim.simulator, await taskIds(ids));
    await makeDue(ids);
    const readsBefore = h.taskReads().length;
    const report = await pollDue(checker());
    expect(report.upstreamCalls).toBe(1);
    expect(h.taskReads().length - readsBefore).toBe(1);
    expect(h.taskReads().at(-1)!.body).toMatchObject({
      action: "retrieve_batch",
      ids: expect.arrayContaining([expect.any(String)]),
    });
    for (const id of ids) expect(await state(id)).toBe("succeeded");
  });

  it("marks a task that never finishes timed_out after the deadline, and keeps its seconds while Grok has it", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "task_never_finishes" });
    const id = await submitPollingOnly(member);
    await makeDue([id]);
    await pollDue(checker({ now: () => later(60_000), timeoutMs: 120_000 }));
    expect(["submitted", "running"]).toContain(await state(id));
    await makeDue([id]);
    await pollDue(checker({ now: () => later(16 * 60_000) }));
    const g = await t.db.generation.findUniqueOrThrow({ where: { id } });
    expect(g.state).toBe("timed_out");
    expect(g.errorMessage).toContain("took too long");
    expect(await t.db.usageEvent.count({ where: { generationId: id, kind: "refunded" } })).toBe(0);
    expect(await t.db.usageEvent.count({ where: { generationId: id, kind: "requested" } })).toBe(1);
  });

  it("keeps looking at a timed-out task, further apart, and delivers it when Grok finishes, seconds kept", async () => {
    const member = await h.member();
    // Slow by the simulator's real clock; the looks below run on a clock hours ahead.
    h.sim.simulator.configure({ taskDurationMs: 5_000 });
    const id = await submitPollingOnly(member).finally(() =>
      h.sim.simulator.configure({ taskDurationMs: 200 }),
    );
    await makeDue([id]);
    await pollDue(checker({ now: () => later(16 * 60_000) }));
    const deadline = (await t.db.generation.findUniqueOrThrow({ where: { id } })).finishedAt!.getTime();
    const nextLook = async () =>
      (await t.db.generation.findUniqueOrThrow({ where: { id } })).nextPollAt!.getTime() - deadline;
    expect(await nextLook()).toBe(10 * 60_000);
    // Still running upstream two hours on: looked at again, an hour later (half the time since).
    await makeDue([id]);
    await pollDue(checker({ now: () => new Date(deadline + 2 * 3_600_000) }));
    expect(await state(id)).toBe("timed_out");
    expect(await nextLook()).toBe(3 * 3_600_000);

    await tasksFinishedUpstream(h.sim.simulator, await taskIds([id]), 20_000);
    await makeDue([id]);
    await pollDue(checker({ now: () => new Date(deadline + 3 * 3_600_000) }));
    expect(await state(id)).toBe("succeeded");
    expect(await t.db.usageEvent.count({ where: { generationId: id, kind: "refunded" } })).toBe(0);
  });

  it("stops looking once the provider's records are gone (30 days after the deadline)", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "task_never_finishes" });
    const id = await submitPollingOnly(member);
    await makeDue([id]);
    await pollDue(checker({ now: () => later(16 * 60_000) }));
    const deadline = (await t.db.generation.findUniqueOrThrow({ where: { id } })).finishedAt!.getTime();
    await makeDue([id]);
    await pollDue(checker({ now: () => new Date(deadline + 30 * 24 * 3_600_000) }));
    const g = await t.db.generation.findUniqueOrThrow({ where: { id } });
    expect(g).toMatchObject({ state: "timed_out", nextPollAt: null });
  });

  it("settles a generation left queued by a killed process without sending it again", async () => {
    const member = await h.member();
    // What a crash between the insert and the upstream call leaves behind.
    const orphan = await t.db.generation.create({
      data: {
        workspaceId: member.workspaceId,
        creatorId: member.userId,
        idempotencyKey: newKey(),
        ...settings(),
        nextPollAt: new Date(0),
        // Its request had left (the send was claimed) when the process died.
        sendStartedAt: new Date(Date.now() - 60_000),
        sentRequest: { prompt: "sent before the crash", model: "grok-imagine-video" },
      },
    });
    const before = h.submits();
    await pollDue(checker());
    expect(await state(orphan.id)).toBe("unknown");
    // The provider's list has no such request: after the grace it is failed and refunded.
    await makeDue([orphan.id]);
    await pollDue(checker({ now: () => later(16 * 60_000) }));
    const settled = await t.db.generation.findUniqueOrThrow({ where: { id: orphan.id } });
    expect(settled).toMatchObject({ state: "failed", errorCode: "task_not_found" });
    expect(h.submits()).toBe(before);
  });
});

describe("callbacks", () => {
  it("a wrong token gets 404 and changes nothing", async () => {
    const member = await h.member();
    const id = await submitPollingOnly(member);
    const before = await t.db.generation.findUniqueOrThrow({ where: { id } });
    const outcome = await handleGrokCallback(
      { db: t.db, grok: h.grok },
      { generationId: id, token: "guess", body: { success: true } },
    );
    expect(outcome).toBe("not_found");
    expect(await t.db.generation.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("a forged body changes only what re-reading the task confirms", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "task_never_finishes" });
    const { generationId } = await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings(),
    });
    const forged = {
      success: true,
      task_id: "someone-elses-task",
      data: [{ id: "x", video_url: "https://evil.example/video.mp4", state: "succeeded" }],
    };
    // Reach the handler with the right secret, as an attacker who learnt the URL could.
    const callbackUrl = String(
      (
        h.sim.simulator.requests.filter((r) => r.path.endsWith("/grok/videos")).at(-1)!.body as {
          callback_url: string;
        }
      ).callback_url,
    );
    const token = new URL(callbackUrl).searchParams.get("token");
    expect(await handleGrokCallback({ db: t.db, grok: h.grok }, { generationId, token, body: forged })).toBe(
      "accepted",
    );
    const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
    expect(g.providerVideoUrl).toBeNull();
    expect(["submitted", "running"]).toContain(g.state);
  });
});

describe("callbacks and polls in any order (property, real database)", () => {
  it("always end in the task's final state, never moving backwards", async () => {
    const member = await h.member();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom("callback", "poll", "wait"), { minLength: 2, maxLength: 8 }),
        async (steps) => {
          const { generationId } = await submitGeneration(h.deps(), {
            ...member,
            idempotencyKey: newKey(),
            settings: settings(),
          });
          const url = new URL(
            String(
              (
                h.sim.simulator.requests.filter((r) => r.path.endsWith("/grok/videos")).at(-1)!.body as {
                  callback_url: string;
                }
              ).callback_url,
            ),
          );
          const token = url.searchParams.get("token");
          const order = ["queued", "unknown", "submitted", "running", "succeeded", "ready"];
          const seen: string[] = [];
          const run = async (step: string) => {
            if (step === "callback")
              await handleGrokCallback(
                { db: t.db, grok: h.grok },
                { generationId, token, body: { success: false } },
              );
            if (step === "poll") {
              await makeDue([generationId]);
              await pollDue(checker());
            }
            if (step === "wait") await new Promise((r) => setTimeout(r, 120));
          };
          // Racing pairs as well as sequences; the state is read after each pair settles.
          for (let i = 0; i < steps.length; i += 2) {
            await Promise.all(steps.slice(i, i + 2).map(run));
            seen.push(await state(generationId));
          }
          await tasksFinishedUpstream(h.sim.simulator, await taskIds([generationId]));
          await run("poll");
          seen.push(await state(generationId));
          const ranks = seen.map((s) => order.indexOf(s));
          expect(ranks.every((r) => r >= 0)).toBe(true);
          expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
          expect(seen.at(-1)).toBe("succeeded");
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
