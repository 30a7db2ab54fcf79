import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/db/generated/client";
import { openAdapter } from "@/lib/db/adapter";
import { applyMigrations } from "@/lib/db/migrate";
import { createGrokClient } from "@/lib/grok/client";
import { startSimulatorServer, type SimulatorServer } from "@/lib/grok/simulator";
import { submitGeneration } from "@/lib/generations/submit-generation";
import { startBoss } from "@/lib/jobs/boss";
import { bossJobs } from "@/lib/jobs/enqueue";
import { createUser } from "@/lib/testing/factories";
import { newKey, settings, waitFor } from "@/lib/testing/lifecycle-harness";
import { createScratchDatabase } from "@/lib/testing/scratch-database";
import { spawnWorker } from "@/lib/testing/worker-process";
import type PgBoss from "pg-boss";

/**
 * The job engine with real worker processes — the command `npm run worker` runs — on one
 * PostgreSQL database, against the simulator over HTTP, polling only (no callbacks), with the
 * finished videos served through a deliberately slow file host.
 */
const TOKEN = "workers-test-token";
const SERVER = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
let db: PrismaClient;
let sim: SimulatorServer;
let boss: PgBoss;
let dataDir: string;
let files: http.Server;
let filesOrigin: string;
/** How long the file host waits before sending a video. */
let fileDelayMs = 0;
/** GET requests for each video, by its path, and how many are being served right now. */
const videoGets = new Map<string, number>();
let serving = 0;
const workers: ChildProcess[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase(SERVER, "studio_workers");
  const adapter = await openAdapter({ kind: "server", url: scratch.url });
  await applyMigrations({ factory: adapter.factory });
  await adapter.close();
  db = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url, max: 5 }) });
  dataDir = mkdtempSync(path.join(os.tmpdir(), "workers-test-"));

  files = http.createServer((req, res) => {
    const url = req.url ?? "/";
    videoGets.set(url, (videoGets.get(url) ?? 0) + 1);
    serving++;
    const done = () => serving--;
    setTimeout(() => {
      http
        .get(`${sim.url}${url}`, (upstream) => {
          res.writeHead(upstream.statusCode ?? 502, upstream.headers);
          upstream.pipe(res).on("finish", done);
        })
        .on("error", () => (done(), res.writeHead(502).end()));
    }, fileDelayMs);
    res.on("close", () => undefined);
  });
  await new Promise<void>((resolve) => files.listen(0, "127.0.0.1", resolve));
  filesOrigin = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  sim = await startSimulatorServer({
    token: TOKEN,
    taskDurationMs: 1_000,
    sendCallbacks: false,
    publicBaseUrl: filesOrigin,
    maxLogEntries: 20_000,
  });
  // The web side's engine: only sends jobs (the workers supervise).
  boss = await startBoss({ url: scratch.url }, { supervise: false });
}, 120_000);

afterAll(async () => {
  for (const w of workers) w.kill("SIGKILL");
  await boss?.stop({ graceful: false });
  await db?.$disconnect();
  await sim?.close();
  files?.closeAllConnections();
  await new Promise<void>((resolve) => (files ? files.close(() => resolve()) : resolve()));
  await scratch?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

function startWorker(env: Record<string, string> = {}): ChildProcess {
  const child = spawnWorker({
    DATABASE_URL: scratch.url,
    DATA_DIR: dataDir,
    ACEDATA_API_TOKEN: TOKEN,
    ACEDATA_BASE_URL: sim.url,
    ACEDATA_MEDIA_HOSTS: filesOrigin,
    APP_URL: "",
    JOBS_MAINTENANCE_SECONDS: "2",
    WORKER_MIRROR_CONCURRENCY: "12",
    ...env,
  });
  workers.push(child);
  return child;
}

async function submitMany(count: number): Promise<string[]> {
  const { user, workspace } = await createUser(db);
  const grok = createGrokClient({ baseUrl: sim.url, token: TOKEN, submitTimeoutMs: 5_000 });
  const limits = { memberUnfinished: 1_000, workspaceUnfinished: 1_000, memberPerMinute: 1_000 };
  const deps = { db, grok, jobs: bossJobs(boss), cap: 100, limits };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const outcome = await submitGeneration(deps, {
      workspaceId: workspace.id,
      userId: user.id,
      idempotencyKey: newKey(),
      settings: settings({ prompt: `worker test ${i} ${newKey()}` }),
    });
    ids.push(outcome.generationId);
  }
  return ids;
}

const allReady = (ids: string[], timeoutMs: number) =>
  waitFor(
    async () => (await db.generation.count({ where: { id: { in: ids }, state: "ready" } })) === ids.length,
    timeoutMs,
  );

/** The stored files of a kind (`videos`, `posters`), by name. */
const storedFiles = (kind: string) => {
  try {
    return readdirSync(path.join(dataDir, "storage", kind)).filter((f) => !f.endsWith(".meta.json"));
  } catch {
    return [];
  }
};

/** Reads of each task id, in time order. */
function readsByTask(): Map<string, number[]> {
  const reads = new Map<string, number[]>();
  for (const r of sim.simulator.requests) {
    if (r.path !== "/grok/tasks") continue;
    for (const id of (r.body as { ids?: string[] }).ids ?? [])
      reads.set(id, [...(reads.get(id) ?? []), r.time]);
  }
  return reads;
}

async function expectStoredOnce(ids: string[]) {
  const rows = await db.generation.findMany({ where: { id: { in: ids } }, select: { videoAssetId: true } });
  const assets = await db.asset.findMany({ where: { kind: "video" } });
  expect(rows.every((g) => g.videoAssetId)).toBe(true);
  // One asset per generation, each the one the generation points at; no orphan row or file.
  expect(assets).toHaveLength(await db.generation.count({ where: { state: "ready" } }));
  expect(new Set(assets.map((a) => a.generationId)).size).toBe(assets.length);
  expect(storedFiles("videos").sort()).toEqual(assets.map((a) => path.basename(a.storageKey)).sort());
  // Each video's two stills (the large one and the small one), and no other.
  const stills = assets.flatMap((a) => [a.posterKey, a.posterSmallKey]).filter((k) => k !== null);
  expect(stills.length).toBeGreaterThan(assets.length);
  expect(storedFiles("posters").sort()).toEqual(stills.map((k) => path.basename(k)).sort());
  // Sent once each: as many upstream tasks as generations, ever.
  expect(sim.simulator.stats.accepted).toBe(await db.generation.count());
}

describe("two worker processes on one PostgreSQL database", () => {
  it("read every task one worker at a time and mirror every video exactly once, through a copy slower than the old lease", async () => {
    fileDelayMs = 32_000; // the old lease was 30 s
    const ids = await submitMany(20);
    startWorker({ MEDIA_FETCH_TIMEOUT_SECONDS: "90" });
    startWorker({ MEDIA_FETCH_TIMEOUT_SECONDS: "90" });
    await allReady(ids, 150_000);

    await expectStoredOnce(ids);
    // Each video was fetched once: 20 downloads for 20 videos, so no second worker took a slow
    // copy over (the simulator serves every video of one shape from one URL, so count them all).
    const fetched = [...videoGets.entries()].filter(([url]) => url.includes("/media/"));
    expect(fetched.reduce((sum, [, n]) => sum + n, 0)).toBe(20);
    // Looks at one task never overlap: reads of the same id are a look interval apart.
    for (const [, times] of readsByTask()) {
      for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThan(3_000);
    }
    for (const w of workers.splice(0)) w.kill("SIGTERM");
  }, 240_000);

  it("after kill -9 of a worker holding mirror jobs and one holding a poll, all settle and nothing is done twice", async () => {
    videoGets.clear();
    fileDelayMs = 8_000;
    const settings = { MEDIA_FETCH_TIMEOUT_SECONDS: "20", JOBS_MIRROR_EXPIRE_SECONDS: "25" };
    const ids = await submitMany(6);

    // Worker A takes the looks and starts the slow copies; killed while copying.
    const a = startWorker(settings);
    await waitFor(async () => serving >= 1, 150_000);
    a.kill("SIGKILL");

    // Worker B is killed while a look of its is waiting on the provider (at new generations:
    // A may have seen all of the first ones finish before it died).
    const later = await submitMany(3);
    const readsBefore = sim.simulator.stats.taskReads;
    sim.simulator.injectFault({ kind: "hang", path: "/grok/tasks", times: 1 });
    const b = startWorker(settings);
    // A process start, its engine and its first look: a minute on a quiet machine is plenty, but CI
    // runs this beside both integration suites on two cores.
    await waitFor(async () => sim.simulator.stats.taskReads > readsBefore, 150_000);
    b.kill("SIGKILL");
    ids.push(...later);

    // A restart: every generation settles, with the jobs the dead workers held run again.
    startWorker(settings);
    await allReady(ids, 150_000);
    await expectStoredOnce(ids);
    const usage = await db.usageEvent.groupBy({
      by: ["generationId", "kind"],
      where: { generationId: { in: ids } },
      _count: true,
    });
    expect(usage.every((u) => u.kind === "requested" && u._count === 1)).toBe(true);
  }, 420_000);
});
