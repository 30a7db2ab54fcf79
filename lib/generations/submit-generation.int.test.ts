import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { newKey, settings, startLifecycleHarness, waitFor } from "@/lib/testing/lifecycle-harness";
import { AppError } from "@/lib/errors";
import { dispatchGenerations } from "./dispatch-generations";
import { submitGeneration } from "./submit-generation";

let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
beforeAll(async () => {
  t = await openTestDatabase();
  // Tasks finish after the submit timeout, so a stalled submit is seen as unknown first.
  h = await startLifecycleHarness(t.db, { submitTimeoutMs: 800, taskDurationMs: 1_500 });
});
afterEach(() => h.sim.simulator.clearFaults());
afterAll(async () => {
  await h.close();
  await t.close();
});

describe("submitGeneration: never pay twice", () => {
  it("20 concurrent submits with one key make one row and one upstream POST", async () => {
    const member = await h.member();
    const before = h.submits();
    const key = newKey();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        submitGeneration(h.deps(), { ...member, idempotencyKey: key, settings: settings() }),
      ),
    );
    expect(new Set(results.map((r) => r.generationId)).size).toBe(1);
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(h.submits() - before).toBe(1);
    expect(await t.db.generation.count({ where: { workspaceId: member.workspaceId } })).toBe(1);
    const row = await t.db.generation.findFirstOrThrow({ where: { workspaceId: member.workspaceId } });
    expect(row.state).toBe("submitted");
    expect(row.taskId).toBeTruthy();
  });

  it("sends the settings and a callback URL naming the generation", async () => {
    const member = await h.member();
    const { generationId } = await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings({
        aspectRatio: "9:16",
        resolution: "720p",
        durationSec: 10,
        model: "grok-imagine-video-1.5-preview",
      }),
    });
    const body = h.sim.simulator.requests.filter((r) => r.path.endsWith("/grok/videos")).at(-1)!
      .body as Record<string, unknown>;
    expect(body).toMatchObject({
      aspect_ratio: "9:16",
      resolution: "720p",
      duration: 10,
      model: "grok-imagine-video-1.5-preview",
      async: true,
    });
    expect(String(body.callback_url)).toContain(`/api/webhooks/grok/${generationId}?token=`);
  });

  it("an upstream that accepts and then stalls is never sent twice; the callback attaches the task", async () => {
    const member = await h.member();
    const before = h.submits();
    h.sim.simulator.injectFault({ kind: "accept_then_hang" });
    const key = newKey();
    const { generationId } = await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: key,
      settings: settings(),
    });
    expect((await t.db.generation.findUniqueOrThrow({ where: { id: generationId } })).state).toBe("unknown");

    // The user retries with the same key: same row, still no second POST.
    const again = await submitGeneration(h.deps(), { ...member, idempotencyKey: key, settings: settings() });
    expect(again).toMatchObject({ generationId, duplicate: true, state: "unknown" });

    const settled = await waitFor(async () => {
      const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
      return g.state === "succeeded" ? g : null;
    });
    expect(settled.taskId).toBeTruthy();
    expect(settled.providerVideoUrl).toMatch(/\.mp4$/);
    expect(h.submits() - before).toBe(1);
  });

  const failures = [
    { kind: "invalid_token", state: "rejected", code: "invalid_token" },
    { kind: "used_up", state: "rejected", code: "used_up" },
    { kind: "forbidden", state: "rejected", code: "forbidden" },
    { kind: "server_error", state: "failed", code: "api_error" },
    { kind: "malformed_json", state: "unknown", code: "malformed_response" },
    { kind: "missing_task_id", state: "unknown", code: "malformed_response" },
    { kind: "hang", state: "unknown", code: "timeout_after_send" },
  ] as const;

  it.each(failures)(
    "upstream $kind → $state ($code), a plain message, exactly one POST",
    async ({ kind, state, code }) => {
      const member = await h.member();
      const before = h.submits();
      h.sim.simulator.injectFault({ kind });
      const { generationId } = await submitGeneration(h.deps(), {
        ...member,
        idempotencyKey: newKey(),
        settings: settings(),
      });
      const g = await t.db.generation.findUniqueOrThrow({ where: { id: generationId } });
      expect(g.state).toBe(state);
      expect(g.errorCode).toBe(code);
      expect(g.errorMessage).toMatch(/^[A-Z].{10,}/);
      expect(h.submits() - before).toBe(1);
    },
  );

  it("a 429 puts the generation back in the queue with a backoff; it is sent again later, once", async () => {
    const member = await h.member();
    const before = h.submits();
    h.sim.simulator.injectFault({ kind: "rate_limited" });
    const outcome = await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings(),
    });
    expect(outcome).toMatchObject({ state: "queued", errorCode: null, queuePosition: 1 });
    const waiting = await t.db.generation.findUniqueOrThrow({ where: { id: outcome.generationId } });
    expect(waiting).toMatchObject({ sendStartedAt: null, sentRequest: null, sendAttempts: 1 });
    expect(waiting.nextPollAt!.getTime()).toBeGreaterThan(Date.now() + 3_000);
    expect(h.submits() - before).toBe(1);
    // Not before its backoff ends, even when another dispatch pass runs…
    await dispatchGenerations(h.deps());
    expect(h.submits() - before).toBe(1);
    // …and once it has ended, sent once more, and accepted.
    await t.db.generation.update({ where: { id: outcome.generationId }, data: { nextPollAt: new Date(0) } });
    await dispatchGenerations(h.deps());
    const sent = await t.db.generation.findUniqueOrThrow({ where: { id: outcome.generationId } });
    expect(sent.state).toBe("submitted");
    expect(h.submits() - before).toBe(2);
    expect(
      [...h.sim.simulator.tasks.values()].filter((task) =>
        JSON.stringify(task).includes(outcome.generationId),
      ),
    ).toHaveLength(1);
  });

  it("refunds the seconds of a refused generation", async () => {
    const member = await h.member();
    h.sim.simulator.injectFault({ kind: "forbidden" });
    const { generationId } = await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings({ durationSec: 7 }),
    });
    const usage = await t.db.usageEvent.findMany({ where: { generationId }, orderBy: { createdAt: "asc" } });
    expect(usage.map((u) => [u.kind, u.seconds])).toEqual([
      ["requested", 7],
      ["refunded", 7],
    ]);
  });
});

describe("submitGeneration: limits are checked before anything is sent", () => {
  it("refuses the request over the member's waiting line, stores nothing and sends nothing", async () => {
    const member = await h.member();
    const limits = { memberUnfinished: 2, workspaceUnfinished: 10, memberPerMinute: 100 };
    h.sim.simulator.injectFault({ kind: "task_never_finishes", times: 3 });
    for (let i = 0; i < 2; i++)
      await submitGeneration(h.deps({ limits }), {
        ...member,
        idempotencyKey: newKey(),
        settings: settings(),
      });
    const before = h.submits();
    const refused = submitGeneration(h.deps({ limits }), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings(),
    });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    await expect(refused).rejects.toMatchObject({
      code: "rate_limited",
      message: expect.stringContaining("waiting or in progress"),
    });
    expect(h.submits()).toBe(before);
    expect(await t.db.generation.count({ where: { workspaceId: member.workspaceId } })).toBe(2);
  });

  it("refuses a video beyond the member's monthly quota", async () => {
    const member = await h.member();
    await t.db.membership.update({
      where: { userId_workspaceId: { userId: member.userId, workspaceId: member.workspaceId } },
      data: { monthlyQuotaSeconds: 10 },
    });
    await submitGeneration(h.deps(), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings({ durationSec: 8 }),
    });
    const before = h.submits();
    await expect(
      submitGeneration(h.deps(), {
        ...member,
        idempotencyKey: newKey(),
        settings: settings({ durationSec: 8 }),
      }),
    ).rejects.toMatchObject({ code: "rate_limited", message: expect.stringContaining("2 s of your 10 s") });
    expect(h.submits()).toBe(before);
  });
});
