/**
 * `npm run bench:jobs`: the job engine with real `npm run worker` processes on a PostgreSQL
 * server (BENCH_DATABASE_URL, default the local one), against the simulator over HTTP.
 *
 * 1. Mirror-bound load — 200 generations, callbacks on, each video served by a file host that
 *    takes BENCH_MIRROR_DELAY_MS (default 1500) — with 1 and then 2 worker processes: time to
 *    all ready, generations/s (2 vs 1), jobs/s, upstream task calls per minute, completion →
 *    ready (median, p95), the most tasks in flight (never above the cap), and each worker's
 *    resident memory idle and at peak.
 * 2. Light load, 1 worker: completion → ready with callbacks, and polling only (no callbacks).
 * 3. A soak: BENCH_SOAK_MINUTES (default 10) of a steady trickle on one worker; its memory after.
 * 4. The embedded default: `next start` in demo mode on PGlite (built first if needed), its one
 *    process's memory idle and at peak under BENCH_SERVER_SUBMITS (default 40) submits.
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { openAdapter } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/migrate";
import { createGrokClient } from "../../lib/grok/client";
import { startSimulatorServer } from "../../lib/grok/simulator";
import { handleGrokCallback } from "../../lib/generations/handle-callback";
import { submitGeneration } from "../../lib/generations/submit-generation";
import { startBoss } from "../../lib/jobs/boss";
import { bossJobs } from "../../lib/jobs/enqueue";
import { createUser } from "../../lib/testing/factories";
import { newKey, settings } from "../../lib/testing/lifecycle-harness";
import { createScratchDatabase } from "../../lib/testing/scratch-database";
import { spawnWorker } from "../../lib/testing/worker-process";
import { ms, percentile } from "./bench-database";
import { benchEmbeddedServer } from "./embedded-server";
import { mb, rssKb, watchMemory } from "./memory";

const SERVER = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const COUNT = Number(process.env.BENCH_JOBS_COUNT ?? 200);
const MIRROR_DELAY_MS = Number(process.env.BENCH_MIRROR_DELAY_MS ?? 1_500);
const SOAK_MINUTES = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const CAP = 5;
const TOKEN = "bench-jobs-token";
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

async function main() {
  const scratch = await createScratchDatabase(SERVER, "studio_bench_jobs");
  const adapter = await openAdapter({ kind: "server", url: scratch.url });
  await applyMigrations({ factory: adapter.factory });
  await adapter.close();
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url, max: 10 }) });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "bench-jobs-"));

  // A file host in front of the simulator's videos that takes its time: mirroring is the work.
  let mirrorDelay = MIRROR_DELAY_MS;
  const files = http.createServer((req, res) =>
    setTimeout(
      () =>
        http
          .get(
            `${sim.url}${req.url}`,
            (up) => (res.writeHead(up.statusCode ?? 502, up.headers), up.pipe(res)),
          )
          .on("error", () => res.writeHead(502).end()),
      mirrorDelay,
    ),
  );
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  const filesOrigin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  const sim = await startSimulatorServer({
    token: TOKEN,
    taskDurationMs: 1_000,
    publicBaseUrl: filesOrigin,
    maxInFlight: CAP,
    maxLogEntries: 50_000,
  });
  const grok = createGrokClient({ baseUrl: sim.url, token: TOKEN, submitTimeoutMs: 10_000 });
  const boss = await startBoss({ url: scratch.url }, { supervise: false });
  const jobs = bossJobs(boss);

  // The web side: receives the simulator's callbacks, as the webhook route does.
  const receiver = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://receiver");
    for await (const chunk of req) void chunk;
    const outcome = await handleGrokCallback(
      { db, grok, jobs },
      { generationId: url.pathname.split("/").pop() ?? "", token: url.searchParams.get("token"), body: null },
    ).catch(() => "not_found");
    res.writeHead(outcome === "not_found" ? 404 : 200).end();
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const appUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

  const workers: ChildProcess[] = [];
  const startWorker = () => {
    const child = spawnWorker({
      DATABASE_URL: scratch.url,
      DATA_DIR: dataDir,
      ACEDATA_API_TOKEN: TOKEN,
      ACEDATA_BASE_URL: sim.url,
      ACEDATA_MEDIA_HOSTS: filesOrigin,
      ACEDATA_MAX_IN_FLIGHT: String(CAP),
      APP_URL: appUrl,
      WORKER_MIRROR_CONCURRENCY: "2",
    });
    workers.push(child);
    return child;
  };
  const stopWorkers = async () => {
    for (const w of workers.splice(0)) {
      if (w.exitCode !== null || w.signalCode !== null) continue;
      const exited = new Promise((r) => w.once("exit", r));
      w.kill("SIGTERM");
      await exited;
    }
  };

  const { user, workspace } = await createUser(db);
  const member = { userId: user.id, workspaceId: workspace.id };
  const submitBatch = async (count: number, callbacks: boolean) => {
    const deps = { db, grok, jobs, cap: CAP, ...(callbacks ? { appUrl } : {}) };
    const limits = { memberUnfinished: 10_000, workspaceUnfinished: 10_000, memberPerMinute: 10_000 };
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const o = await submitGeneration(
        { ...deps, limits },
        { ...member, idempotencyKey: newKey(), settings: settings({ prompt: `bench ${i} ${newKey()}` }) },
      );
      ids.push(o.generationId);
    }
    return ids;
  };
  const completedJobs = async () =>
    Number(
      (
        await boss
          .getDb()
          .executeSql(`SELECT count(*)::int AS n FROM pgboss.job WHERE state = 'completed'`, [])
      ).rows[0].n,
    );
  const readyDelays = async (ids: string[]) => {
    const rows = await db.generation.findMany({
      where: { id: { in: ids } },
      select: { taskId: true, updatedAt: true },
    });
    return rows.map((g) => {
      const finished = Number(sim.simulator.taskRecord(g.taskId!)?.finished_at) * 1000;
      return g.updatedAt.getTime() - finished;
    });
  };
  const untilReady = async (ids: string[]) => {
    for (;;) {
      if ((await db.generation.count({ where: { id: { in: ids }, state: "ready" } })) === ids.length) return;
      await sleep(200);
    }
  };

  console.log(
    `Database: PostgreSQL server; ${COUNT} generations; cap ${CAP}; file host delay ${MIRROR_DELAY_MS} ms; 2 copies at once per worker\n`,
  );
  const rates: number[] = [];
  for (const count of [1, 2]) {
    sim.simulator.reset();
    const procs = Array.from({ length: count }, startWorker);
    await sleep(4_000);
    const memory = procs.map((p) => watchMemory(p.pid!));
    await sleep(1_000);
    const idle = memory.map((m) => m.last);
    const jobsBefore = await completedJobs();
    const t0 = performance.now();
    const ids = await submitBatch(COUNT, true);
    await untilReady(ids);
    const seconds = (performance.now() - t0) / 1000;
    const delays = await readyDelays(ids);
    const jobsDone = (await completedJobs()) - jobsBefore;
    rates.push(COUNT / seconds);
    memory.forEach((m) => m.stop());
    console.log(
      `${count} worker${count > 1 ? "s" : " "}: ${COUNT} ready in ${seconds.toFixed(1)} s = ${(COUNT / seconds).toFixed(2)} generations/s, ${(jobsDone / seconds).toFixed(1)} jobs/s, ` +
        `${((sim.simulator.stats.taskReads * 60) / seconds).toFixed(0)} task calls/min, in flight max ${sim.simulator.stats.maxInFlight} (cap ${CAP}), ` +
        `completion → ready median ${ms(percentile(delays, 50))} p95 ${ms(percentile(delays, 95))} (callbacks)`,
    );
    memory.forEach((m, i) => console.log(`   worker ${i + 1}: ${mb(idle[i]!)} idle, ${mb(m.peak)} peak`));
    await stopWorkers();
  }
  console.log(`2 workers vs 1: ${(rates[1]! / rates[0]!).toFixed(2)}× the throughput\n`);

  // Light load, one worker: completion → ready with callbacks, then by polling alone (the look
  // interval, 5–15 s, bounds it).
  mirrorDelay = 0;
  startWorker();
  await sleep(4_000);
  for (const callbacks of [true, false]) {
    sim.simulator.reset();
    const t1 = performance.now();
    const light = await submitBatch(20, callbacks);
    await untilReady(light);
    const lightSeconds = (performance.now() - t1) / 1000;
    const lightDelays = await readyDelays(light);
    console.log(
      `Light load, 1 worker, 20 generations, ${callbacks ? "callbacks   " : "polling only"}: completion → ready median ${ms(percentile(lightDelays, 50))} p95 ${ms(percentile(lightDelays, 95))}; ` +
        `${((sim.simulator.stats.taskReads * 60) / lightSeconds).toFixed(0)} task calls/min`,
    );
  }

  // Soak: a steady trickle on the worker that is running.
  const soaked = watchMemory(workers[0]!.pid!);
  const soakStart = rssKb(workers[0]!.pid!);
  const end = Date.now() + SOAK_MINUTES * 60_000;
  let soakCount = 0;
  while (Date.now() < end) {
    await submitBatch(2, soakCount % 2 === 0);
    soakCount += 2;
    await sleep(3_000);
  }
  await sleep(20_000);
  soaked.stop();
  console.log(
    `Soak, ${SOAK_MINUTES} min, ${soakCount} generations: worker ${mb(soakStart)} at start, ${mb(soaked.peak)} peak, ${mb(rssKb(workers[0]!.pid!))} after`,
  );
  await stopWorkers();

  await boss.stop({ graceful: false });
  await db.$disconnect();
  await sim.close();
  files.closeAllConnections();
  files.close();
  receiver.close();
  await scratch.drop();
  rmSync(dataDir, { recursive: true, force: true });

  await benchEmbeddedServer();
}

if (!existsSync("package.json")) throw new Error("Run from the repository root: npm run bench:jobs");
if (process.env.BENCH_BUILD !== "0" && !existsSync(".next/BUILD_ID"))
  spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit" });
await main();
process.exit(0);
