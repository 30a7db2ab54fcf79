import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { createStorage } from "@/lib/storage/create-storage";
import { startTestJobEngine, type TestJobEngine } from "@/lib/testing/job-engine";
import { newKey, settings, startLifecycleHarness, waitFor } from "@/lib/testing/lifecycle-harness";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import type { WorkerDeps } from "./start-workers";

/**
 * Callbacks first, polls as the safety net: with callbacks configured and arriving, the job
 * engine runs no batched poll for a task before it is overdue. The simulator's tasks take 7 s
 * (longer than the first poll's usual 5 s) and it calls back over real HTTP when one finishes.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
let engine: TestJobEngine;
let dir: string;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 7_000 });
  engine = await startTestJobEngine(t);
  h.useJobs(engine.jobs);
  dir = mkdtempSync(path.join(os.tmpdir(), "callbacks-first-"));
});
afterAll(async () => {
  await engine.close();
  await h.close();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Tasks wait this long for their callback, whoever sends them (the test, or a worker's dispatch). */
const CALLBACK_WAIT_MS = 60_000;

const workerDeps = (): Omit<WorkerDeps, "jobs"> => ({
  ...h.deps(),
  callbackWaitMs: CALLBACK_WAIT_MS,
  grok: h.grok,
  cap: 100,
  timeoutMs: 60_000,
  storage: createStorage({ driver: "local", dataDir: dir, secret: "callbacks-first-secret-callbacks-first" }),
  policy: { allowedHosts: [new URL(h.sim.url).origin], maxBytes: 10e6, timeoutMs: 5_000 },
});

/** The batched polls (`retrieve_batch`) the simulator received that named one of these tasks. */
async function batchedPollsOf(generationIds: string[]): Promise<number> {
  const rows = await t.db.generation.findMany({
    where: { id: { in: generationIds } },
    select: { taskId: true },
  });
  const tasks = new Set(rows.map((r) => r.taskId));
  return h.sim.simulator.requests.filter((r) => {
    const body = r.body as { action?: unknown; ids?: unknown } | null;
    return (
      r.path.endsWith("/grok/tasks") &&
      body?.action === "retrieve_batch" &&
      Array.isArray(body.ids) &&
      body.ids.some((id) => tasks.has(String(id)))
    );
  }).length;
}

async function submitThree(callbackWaitMs: number | undefined) {
  const member = await h.member();
  const ids: string[] = [];
  for (let i = 0; i < 3; i++) {
    const { generationId } = await submitGeneration(
      { ...h.deps({ jobs: engine.jobs }), cap: 100, callbackWaitMs },
      { ...member, idempotencyKey: newKey(), settings: settings() },
    );
    ids.push(generationId);
  }
  return ids;
}

const allReady = async (ids: string[]) =>
  (await t.db.generation.count({ where: { id: { in: ids }, state: "ready" } })) === ids.length;

describe("callbacks first", () => {
  it("three tasks settled by their callbacks are never polled in a batch: their first poll is booked only once overdue", async () => {
    const workers = await engine.work(workerDeps());
    try {
      const waiting = await submitThree(CALLBACK_WAIT_MS);
      // Booked at once, and not in the usual 5–15 s (on a slow machine a first one may be done already).
      const pending = await t.db.generation.findMany({
        where: { id: { in: waiting }, state: { in: ["submitted", "running"] } },
        select: { nextPollAt: true },
      });
      for (const g of pending) expect((g.nextPollAt?.getTime() ?? 0) - Date.now()).toBeGreaterThan(40_000);
      await waitFor(() => allReady(waiting), 45_000);
      const polls = await batchedPollsOf(waiting);
      console.log(`[callbacks first] batched polls for 3 callback-settled tasks: ${polls}`);
      expect(polls).toBe(0);
      expect(
        h.callbacks.filter((c) => waiting.includes(c.generationId) && c.status === 200).length,
      ).toBeGreaterThanOrEqual(3);
    } finally {
      await workers.stop();
    }
  }, 90_000);
});
