/**
 * `npm run bench:lifecycle`: the generation lifecycle against the simulator with zero latency.
 * Prints submit latency at 50 concurrent users, upstream task reads per minute with 1 vs 10
 * open tabs, and the time from upstream completion to `ready` with and without callbacks — with
 * the job engine and its workers in this process, as the embedded default runs them.
 * BENCH_DATABASE_URL=postgres://… runs it on a PostgreSQL server instead of embedded PGlite.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createStorage } from "../../lib/storage/create-storage";
import { startBoss } from "../../lib/jobs/boss";
import { bossJobs } from "../../lib/jobs/enqueue";
import { startWorkers } from "../../lib/workers/start-workers";
import { listGenerations, listQuerySchema } from "../../lib/generations/list-generations";
import { submitGeneration } from "../../lib/generations/submit-generation";
import { newKey, settings, startLifecycleHarness } from "../../lib/testing/lifecycle-harness";
import { ms, openBenchDatabase, percentile } from "./bench-database";

const USERS = 50;
const SUBMITS_PER_USER = Number(process.env.BENCH_SUBMITS_PER_USER ?? 10);
const TAB_WINDOW_MS = Number(process.env.BENCH_TAB_WINDOW_MS ?? 30_000);

const database = await openBenchDatabase();
const { db } = database;
const harness = await startLifecycleHarness(db, { taskDurationMs: 1_000 });
const storageDir = mkdtempSync(path.join(os.tmpdir(), "bench-storage-"));
const storage = createStorage({
  driver: "local",
  dataDir: storageDir,
  secret: "bench-secret-bench-secret-bench-secret",
});
const policy = {
  allowedHosts: [new URL(harness.sim.url).host],
  allowHttp: true,
  allowPrivateNetwork: true,
  maxBytes: 50e6,
  timeoutMs: 10_000,
};
// The job engine and its workers, in this process, as the embedded default runs them.
const boss = await startBoss(database.engine);
const jobs = bossJobs(boss);
harness.useJobs(jobs);
const deps = (overrides: Parameters<typeof harness.deps>[0] = {}) => ({
  ...harness.deps({ jobs, ...overrides }),
  grok: harness.grok,
  timeoutMs: 15 * 60_000,
  storage,
  policy,
});
const workers = await startWorkers(boss, deps());
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

console.log(`Database: ${database.label}; simulator latency 0 ms\n`);

// 1. Submit latency at 50 concurrent users.
const members: Awaited<ReturnType<typeof harness.member>>[] = [];
for (let i = 0; i < USERS; i++) members.push(await harness.member());
const latencies: number[] = [];
const started = performance.now();
await Promise.all(
  members.map(async (member) => {
    for (let i = 0; i < SUBMITS_PER_USER; i++) {
      const t0 = performance.now();
      await submitGeneration(deps(), { ...member, idempotencyKey: newKey(), settings: settings() });
      latencies.push(performance.now() - t0);
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `Submit, ${USERS} concurrent users × ${SUBMITS_PER_USER}: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}, ${(latencies.length / seconds).toFixed(0)} submits/s`,
);
// Let the simulator finish delivering part 1's callbacks before counting anything else.
await sleep(1_500);
await harness.sim.simulator.idle();
await db.generation.updateMany({ data: { state: "ready", nextPollAt: null } });

// 2. Upstream task reads per minute with 5 pending generations and 1 or 10 tabs polling our API.
const watcher = await harness.member();
harness.sim.simulator.injectFault({ kind: "task_never_finishes", times: 5 });
for (let i = 0; i < 5; i++) {
  await submitGeneration(deps({ appUrl: undefined }), {
    ...watcher,
    idempotencyKey: newKey(),
    settings: settings(),
  });
}
for (const tabs of [1, 10]) {
  await db.generation.updateMany({
    where: { workspaceId: watcher.workspaceId },
    data: { nextPollAt: new Date(), pollAttempts: 0 },
  });
  const readsBefore = harness.sim.simulator.stats.taskReads;
  let apiCalls = 0;
  const end = Date.now() + TAB_WINDOW_MS;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      while (Date.now() < end) {
        await listGenerations(db, {
          workspaceId: watcher.workspaceId,
          query: listQuerySchema.parse({}),
          signVideoUrl: (k) => storage.signedUrl(k, { expiresInSeconds: 60 }),
        });
        apiCalls++;
        await sleep(2_000);
      }
    }),
  );
  const reads = harness.sim.simulator.stats.taskReads - readsBefore;
  console.log(
    `${String(tabs).padStart(2)} tab(s), 5 pending: ${((reads * 60_000) / TAB_WINDOW_MS).toFixed(1)} upstream task calls/min (our API answered ${((apiCalls * 60_000) / TAB_WINDOW_MS).toFixed(0)} polls/min)`,
  );
}
await db.generation.updateMany({
  where: { workspaceId: watcher.workspaceId },
  data: { state: "failed", nextPollAt: null },
});

// 3. Upstream completion → ready, with and without callbacks.
for (const callbacks of [true, false]) {
  const member = await harness.member();
  const delays: number[] = [];
  for (let i = 0; i < 5; i++) {
    const { generationId } = await submitGeneration(deps(callbacks ? {} : { appUrl: undefined }), {
      ...member,
      idempotencyKey: newKey(),
      settings: settings(),
    });
    const taskId = (await db.generation.findUniqueOrThrow({ where: { id: generationId } })).taskId!;
    for (;;) {
      const g = await db.generation.findUniqueOrThrow({
        where: { id: generationId },
        select: { state: true },
      });
      if (g.state === "ready") break;
      await sleep(20);
    }
    const finishedAt = Number(harness.sim.simulator.taskRecord(taskId)?.finished_at) * 1000;
    delays.push(Date.now() - finishedAt);
    if (process.env.BENCH_DEBUG)
      console.log(
        await db.generation.findUniqueOrThrow({
          where: { id: generationId },
          select: { pollAttempts: true, mirrorAttempts: true, submittedAt: true, finishedAt: true },
        }),
        finishedAt,
      );
  }
  console.log(
    `Completion → ready ${callbacks ? "with callbacks   " : "polling only     "}: median ${ms(percentile(delays, 50))}, max ${ms(Math.max(...delays))}`,
  );
}

await workers.stop();
await boss.stop({ graceful: false });
await harness.close();
await database.close();
rmSync(storageDir, { recursive: true, force: true });
