import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import {
  HIGH_QUANTILE,
  HISTORY_WINDOW,
  LOW_QUANTILE,
  MIN_SAMPLES,
  durationBand,
  etaKey,
  providerEstimate,
  type EtaEstimate,
  type EtaKeyParts,
} from "./eta";

/** How long the demo simulator's tasks take: the same setting and default as demo-simulator.ts. */
export const demoTaskMs = () => Number(process.env.DEMO_TASK_DURATION_MS ?? 6_000);

/** Older runs say little about today's provider. */
const HISTORY_DAYS = 30;

interface BandRow {
  model: string;
  resolution: string;
  band: number;
  samples: number;
  p25: number | null;
  p50: number | null;
  p80: number | null;
}

/**
 * One estimate per generation asked about, keyed by `etaKey`: learnt from this workspace's newest
 * 50 finished videos of the same model, resolution and duration band (sent → video made), or the
 * provider's typical times below 5 of them. One query for every band asked about; each band
 * reads its newest rows through the (workspaceId, model, resolution, finishedAt) index.
 */
export async function loadEtaEstimates(
  db: PrismaClient,
  input: { workspaceId: string; items: readonly EtaKeyParts[]; now?: Date; demoTaskMs?: number },
): Promise<Map<string, EtaEstimate>> {
  const fallback = providerEstimate(input.demoTaskMs);
  const wanted = new Map(input.items.map((i) => [etaKey(i), { ...i, band: durationBand(i.durationSec) }]));
  const estimates = new Map<string, EtaEstimate>([...wanted.keys()].map((k) => [k, fallback]));
  if (wanted.size === 0) return estimates;

  const since = new Date((input.now ?? new Date()).getTime() - HISTORY_DAYS * 86_400_000);
  // One branch per band, each with its own values: the planner then sees how few rows a band
  // needs and walks the index newest first, stopping after 50 (a VALUES list joined laterally
  // hides them and it sorts the whole 30 days instead).
  const bands = [...wanted.values()].map(
    (w) => Prisma.sql`(
      SELECT ${w.model}::text AS model, ${w.resolution}::text AS resolution, ${w.band.min}::int AS band,
        (EXTRACT(EPOCH FROM (g."finishedAt" - g."submittedAt")) * 1000)::float8 AS took
      FROM "Generation" g
      WHERE g."workspaceId" = ${input.workspaceId}
        AND g.model = ${w.model} AND g.resolution = ${w.resolution}
        AND g."finishedAt" >= ${since}
        AND g."durationSec" BETWEEN ${w.band.min}::int AND ${w.band.max}::int
        AND g.state IN ('succeeded', 'ready')
        AND g."submittedAt" IS NOT NULL
        AND g."finishedAt" > g."submittedAt"
      ORDER BY g."finishedAt" DESC
      LIMIT ${HISTORY_WINDOW}
    )`,
  );
  const rows = await db.$queryRaw<BandRow[]>`
    SELECT h.model, h.resolution, h.band, count(*)::int AS samples,
      percentile_cont(${LOW_QUANTILE}::float8) WITHIN GROUP (ORDER BY h.took) AS p25,
      percentile_cont(0.5::float8) WITHIN GROUP (ORDER BY h.took) AS p50,
      percentile_cont(${HIGH_QUANTILE}::float8) WITHIN GROUP (ORDER BY h.took) AS p80
    FROM (${Prisma.join(bands, " UNION ALL ")}) h
    GROUP BY h.model, h.resolution, h.band`;

  for (const row of rows) {
    if (row.samples < MIN_SAMPLES || row.p25 === null || row.p50 === null || row.p80 === null) continue;
    estimates.set(etaKey({ model: row.model, resolution: row.resolution, durationSec: row.band }), {
      lowMs: Math.round(row.p25),
      typicalMs: Math.round(row.p50),
      highMs: Math.round(row.p80),
      source: "history",
      samples: row.samples,
    });
  }
  return estimates;
}
