/**
 * `npx tsx --conditions=react-server scripts/bench/eta.ts`: the queue's ETA query
 * (loadEtaEstimates) in a workspace with 100,000 generations (BENCH_ETA_ROWS), for an
 * in-progress list of 5 generations in 5 different bands — with the (workspaceId, model,
 * resolution, finishedAt) index, and without it, side by side in one run.
 * BENCH_DATABASE_URL=postgres://… runs it on a PostgreSQL server instead of embedded PGlite.
 */
import { loadEtaEstimates } from "../../lib/generations/load-eta-estimates";
import { createUser } from "../../lib/testing/factories";
import { ms, openBenchDatabase, percentile } from "./bench-database";

const ROWS = Number(process.env.BENCH_ETA_ROWS ?? 100_000);
const RUNS = Number(process.env.BENCH_ETA_RUNS ?? 100);
const INDEX = "Generation_workspaceId_model_resolution_finishedAt_idx";

const database = await openBenchDatabase();
const { db } = database;
const { user, workspace } = await createUser(db);
// Six models, two resolutions, 1–15 s, one in ten failed, one a minute apart, each took 20–80 s.
await db.$executeRawUnsafe(`
  INSERT INTO "Generation" (id, "workspaceId", "creatorId", "idempotencyKey", prompt, model, "aspectRatio",
    resolution, "durationSec", state, "submittedAt", "finishedAt", "createdAt", "updatedAt")
  SELECT 'bench' || i, '${workspace.id}', '${user.id}', 'k' || i, 'a prompt', 
    (ARRAY['grok-imagine-video','grok-imagine-video-1.5-preview','grok-imagine-video-1.5-fast:reverse',
      'grok-imagine-video:reverse','grok-imagine-video:official','grok-imagine-video-1.5:official'])[1 + i % 6],
    '16:9', (ARRAY['480p','720p'])[1 + (i / 6) % 2], 1 + (i * 7) % 15,
    (CASE WHEN i % 10 = 0 THEN 'failed' ELSE 'ready' END)::"GenerationState",
    now() - make_interval(mins => i) - make_interval(secs => 20 + i % 60),
    now() - make_interval(mins => i), now() - make_interval(mins => i), now()
  FROM generate_series(1, ${ROWS}) AS i`);
await db.$executeRawUnsafe(`ANALYZE "Generation"`);

const items = [
  { model: "grok-imagine-video", resolution: "480p", durationSec: 6 },
  { model: "grok-imagine-video", resolution: "720p", durationSec: 10 },
  { model: "grok-imagine-video:reverse", resolution: "480p", durationSec: 15 },
  { model: "grok-imagine-video-1.5-fast:reverse", resolution: "720p", durationSec: 8 },
  { model: "grok-imagine-video:official", resolution: "480p", durationSec: 3 },
];

async function time(label: string) {
  const took: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const started = performance.now();
    const estimates = await loadEtaEstimates(db, { workspaceId: workspace.id, items });
    if (i >= 5) took.push(performance.now() - started);
    if (i === 0 && [...estimates.values()].some((e) => e.source !== "history"))
      throw new Error("Expected every band to be learnt from history");
  }
  console.log(`${label.padEnd(24)} p50 ${ms(percentile(took, 50))}   p95 ${ms(percentile(took, 95))}`);
}

console.log(
  `Database: ${database.label}; ${ROWS.toLocaleString("en")} generations in one workspace; ${items.length} bands asked; ${RUNS} runs\n`,
);
await time("with the index");
await db.$executeRawUnsafe(`DROP INDEX "${INDEX}"`);
await time("without it");
await database.close();
