/**
 * `npm run bench:gallery`: the gallery API's first page and each filter, through the API's own
 * `listGenerations` and the app's Prisma client, with 100,000 and 1,000,000 generations in one
 * workspace on a PostgreSQL server — measured on the indexes before the gallery migration, then
 * again after it (applied and analysed in the same run), side by side. Target: p95 ≤ 20 ms each.
 * BENCH_DATABASE_URL names the server (default the local one); BENCH_GALLERY_SIZES the row counts;
 * BENCH_EXPLAIN=1 prints each query's plan after the migration. Next to the timings, the table
 * shows the 8 kB pages each query touched (EXPLAIN BUFFERS): the work the index saves, which a busy
 * machine's timings blur but do not change.
 */
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/db/generated/client";
import { openAdapter } from "../../lib/db/adapter";
import { applyMigrations } from "../../lib/db/migrate";
import { listGenerations, listQuerySchema } from "../../lib/generations/list-generations";
import { createScratchDatabase } from "../../lib/testing/scratch-database";
import { percentile } from "./bench-database";
import { CREATORS, seedGallery, WORKSPACE_ID } from "./gallery-data";

const BASE_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_GALLERY_SIZES ?? "100000,1000000").split(",").map(Number);
const MIGRATION = "_gallery_search_indexes";
const TARGET_P95_MS = 20;
// Up to RUNS timed calls per case, fewer (never under MIN_RUNS) when a case is slow.
const RUNS = 40;
const MIN_RUNS = 5;
const BUDGET_MS = 8_000;

const CASES: Array<[label: string, query: Record<string, string>]> = [
  ["first page", {}],
  ["state: in progress (8 rows)", { status: "active" }],
  ["state: failed (~4%)", { status: "failed" }],
  ["state: playable (~95%)", { status: "playable" }],
  ["model: 1.5 official (5%)", { model: "grok-imagine-video-1.5:official" }],
  ["model: grok-imagine-video (55%)", { model: "grok-imagine-video" }],
  ["shape: 2:3 (1%)", { aspectRatio: "2:3" }],
  ["shape: 9:16 (35%)", { aspectRatio: "9:16" }],
  ["favourites (5%)", { favorite: "true" }],
  ["favourites of the newcomer (few)", { favorite: "true", creator: CREATORS.newcomer }],
  ["creator: newcomer (0.1%)", { creator: CREATORS.newcomer }],
  ["creator: owner (60%)", { creator: CREATORS.owner }],
  ["search: 'LIGHTHOUSE' (3%)", { q: "LIGHTHOUSE" }],
  ["search: 'kintsugi' (0.04%)", { q: "kintsugi" }],
  ["search: 'whale spinning' (0.3%)", { q: "whale spinning" }],
  ["search: no match (then close matches)", { q: "xylophone" }],
  // Nothing matches as typed, so the close-match query runs after the exact one (issue 21).
  ["search typo: 'whael' → whale", { q: "whael" }],
  ["search typo: 'lighthose' → lighthouse", { q: "lighthose" }],
  ["search: 2 letters 'ow'", { q: "ow" }],
  ["search + favourites", { q: "aurora", favorite: "true" }],
];

interface Figures {
  rows: number;
  ids: string;
  samples: number[];
  /** From EXPLAIN (ANALYZE, BUFFERS) of the list query: pages touched, and the server's own time. */
  pages?: number;
  serverMs?: number;
}

const signVideoUrl = async (key: string) => `/bench/${key}`;

async function measure(db: PrismaClient, query: Record<string, string>): Promise<Figures> {
  const input = { workspaceId: WORKSPACE_ID, query: listQuerySchema.parse(query), signVideoUrl };
  const first = await listGenerations(db, input); // warms the cache and the connection
  const samples: number[] = [];
  const deadline = performance.now() + BUDGET_MS;
  while (samples.length < RUNS && (samples.length < MIN_RUNS || performance.now() < deadline)) {
    const t0 = performance.now();
    await listGenerations(db, input);
    samples.push(performance.now() - t0);
  }
  return { rows: first.items.length, ids: first.items.map((g) => g.id).join(","), samples };
}

/** Every migration but the gallery one, for the "before" database (that one is applied after). */
async function migrationsBefore(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "bench-gallery-"));
  const names = (await readdir("prisma/migrations", { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  if (!names.some((name) => name.endsWith(MIGRATION)))
    throw new Error(`No migration named *${MIGRATION} in prisma/migrations.`);
  // Every migration but that one: the later ones add columns the gallery's query reads.
  for (const name of names.filter((n) => !n.endsWith(MIGRATION))) {
    await mkdir(path.join(dir, name));
    await copyFile(
      path.join("prisma/migrations", name, "migration.sql"),
      path.join(dir, name, "migration.sql"),
    );
  }
  await copyFile("prisma/migrations/migration_lock.toml", path.join(dir, "migration_lock.toml"));
  return dir;
}

async function migrate(url: string, migrationsDir?: string) {
  const adapter = await openAdapter({ kind: "server", url });
  try {
    await applyMigrations({ factory: adapter.factory, ...(migrationsDir ? { migrationsDir } : {}) });
  } finally {
    await adapter.close();
  }
}

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

/** Runs every case with the app's Prisma client; with `explain`, prints the plan of its query. */
async function runCases(url: string, explain: boolean): Promise<Figures[]> {
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url, max: 1 }),
    log: [{ emit: "event", level: "query" }],
  });
  // The first Generation query of a call is the list query (a later one places queued rows).
  const seen: { query?: { query: string; params: string } } = {};
  db.$on("query", (event) => {
    if (event.query.includes('FROM "public"."Generation"')) seen.query ??= event;
  });
  try {
    const results: Figures[] = [];
    for (const [label, query] of CASES) {
      delete seen.query;
      const figures = await measure(db, query);
      if (seen.query) {
        const plan = await explainPlan(url, seen.query);
        figures.pages = plan.pages;
        figures.serverMs = plan.serverMs;
        if (explain) console.log(`\n${label}\n${plan.text}`);
      }
      results.push(figures);
    }
    return results;
  } finally {
    await db.$disconnect();
  }
}

/** The list query's plan as text, and the pages (shared buffers) it touched. */
async function explainPlan(url: string, query: { query: string; params: string }) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const params = JSON.parse(query.params) as unknown[];
    const text = await client.query(`EXPLAIN (ANALYZE, COSTS OFF) ${query.query}`, params);
    const json = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.query}`, params);
    const [result] = json.rows[0]["QUERY PLAN"] as Array<{
      Plan: Record<string, number>;
      "Execution Time": number;
    }>;
    const root = result!.Plan;
    return {
      text: text.rows.map((row) => `  ${row["QUERY PLAN"]}`).join("\n"),
      pages: (root["Shared Hit Blocks"] ?? 0) + (root["Shared Read Blocks"] ?? 0),
      serverMs: result!["Execution Time"],
    };
  } finally {
    await client.end();
  }
}

const f = (n: number) => n.toFixed(1).padStart(7);
const stats = (x: Figures) =>
  `${f(percentile(x.samples, 50))} ${f(percentile(x.samples, 95))} ${f(Math.max(...x.samples))} ${String(x.samples.length).padStart(3)}` +
  ` ${f(x.serverMs ?? NaN)} ${String(x.pages ?? "?").padStart(6)}`;

function printTable(count: number, before: Figures[], after: Figures[]) {
  console.log(
    `\n${count.toLocaleString("en")} generations in one workspace. ms; n = timed calls; ` +
      "server = the database's own execution time and pages = 8 kB pages touched (one EXPLAIN ANALYZE)",
  );
  const columns = ["p50", "p95", "max", "n", "server", "pages"].map((c, i) =>
    c.padStart([7, 7, 7, 3, 7, 6][i]!),
  );
  const width = columns.join(" ").length;
  console.log(`${"".padEnd(41)} | ${"before".padEnd(width)} | ${"after".padEnd(width)} |`);
  console.log(
    `${"case".padEnd(36)} rows | ${columns.join(" ")} | ${columns.join(" ")} | p95 ≤ ${TARGET_P95_MS} ms`,
  );
  CASES.forEach(([label], i) => {
    const b = before[i]!;
    const a = after[i]!;
    const verdict = percentile(a.samples, 95) <= TARGET_P95_MS ? "yes" : "NO";
    const same = a.ids === b.ids ? "" : "  (rows differ!)";
    console.log(
      `${label.padEnd(36)} ${String(a.rows).padStart(4)} | ${stats(b)} | ${stats(a)} | ${verdict}${same}`,
    );
  });
}

const server = (await sql(BASE_URL, "SHOW server_version")).rows[0]?.server_version;
const load = () =>
  os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
console.log(
  `PostgreSQL ${server} at ${new URL(BASE_URL).host}; listGenerations with the app's Prisma client`,
);
console.log(`${os.cpus().length} CPUs, load average ${load()}`);
const before = await migrationsBefore();
let failed = false;
try {
  for (const count of SIZES) {
    const scratch = await createScratchDatabase(BASE_URL, "studio_bench_gallery");
    try {
      await migrate(scratch.url, before);
      // pg_trgm's functions without its index: a search that matches nothing as typed runs the
      // close-match query (similar-prompts.ts) on "before" too, where it scans.
      await sql(scratch.url, "CREATE EXTENSION IF NOT EXISTS pg_trgm");
      let t0 = performance.now();
      await seedGallery(scratch.url, count);
      console.log(
        `\n${count.toLocaleString("en")}: seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
      );
      const old = await runCases(scratch.url, false);
      t0 = performance.now();
      await migrate(scratch.url);
      await sql(scratch.url, "ANALYZE");
      console.log(`migration applied and analysed in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
      const now = await runCases(scratch.url, process.env.BENCH_EXPLAIN === "1");
      printTable(count, old, now);
      console.log(`load average ${load()}`);
      failed ||= now.some((figures, i) => figures.ids !== old[i]!.ids);
    } finally {
      await scratch.drop();
    }
  }
} finally {
  await rm(before, { recursive: true, force: true });
}
if (failed) {
  console.error("\nSome case returned different rows after the migration.");
  process.exitCode = 1;
}
