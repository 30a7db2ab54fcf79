import type { PrismaClient } from "@/lib/db/generated/client";

/** Pure helpers (safe in the browser) plus one loader that takes the database as an argument. */

const SAMPLE_WINDOW = 20;
const MIN_SAMPLES = 3;
const HISTORY_DAYS = 30;
/** Enough rows to cover the last 20 of every busy setting without reading a whole workspace. */
const HISTORY_ROWS = 2_000;

/** Expected wait before this workspace has history: a fixed queue/start cost plus render time per second. */
export const defaultDurationMs = (durationSec: number) => 45_000 + 6_000 * Math.max(0, durationSec);

/** Median of the last 20 samples (oldest first): one stuck or instant job barely moves it. */
export function estimateDurationMs(history: readonly { durationMs: number }[], fallbackMs: number): number {
  const recent = history
    .map((h) => h.durationMs)
    .filter((ms) => Number.isFinite(ms) && ms > 0)
    .slice(-SAMPLE_WINDOW)
    .sort((a, b) => a - b);
  if (recent.length < MIN_SAMPLES) return fallbackMs;
  const mid = recent.length >> 1;
  return recent.length % 2 ? recent[mid]! : Math.round((recent[mid - 1]! + recent[mid]!) / 2);
}

export interface EtaSettings {
  model: string;
  resolution: string;
  durationSec: number;
}

export const etaKey = (s: EtaSettings) => `${s.model}|${s.resolution}|${s.durationSec}`;

/** Expected milliseconds from submit to finish, keyed by `etaKey`; only settings with enough history. */
export type EtaTable = Record<string, number>;

export const expectedDurationMs = (table: EtaTable, s: EtaSettings): number =>
  table[etaKey(s)] ?? defaultDurationMs(s.durationSec);

/** Learns from this workspace's own finished videos of the last 30 days. */
export async function loadEtaTable(input: {
  db: PrismaClient;
  workspaceId: string;
  now?: Date;
}): Promise<EtaTable> {
  const since = new Date((input.now ?? new Date()).getTime() - HISTORY_DAYS * 86_400_000);
  const rows = await input.db.generation.findMany({
    where: {
      workspaceId: input.workspaceId,
      state: { in: ["succeeded", "ready"] },
      submittedAt: { not: null },
      finishedAt: { gte: since },
    },
    select: { model: true, resolution: true, durationSec: true, submittedAt: true, finishedAt: true },
    orderBy: { finishedAt: "desc" },
    take: HISTORY_ROWS,
  });
  const samples = new Map<string, { durationMs: number }[]>();
  // Newest first from the query; unshift keeps each list oldest first, as estimateDurationMs expects.
  for (const row of rows) {
    if (!row.submittedAt || !row.finishedAt) continue;
    const key = etaKey(row);
    const list = samples.get(key) ?? [];
    list.unshift({ durationMs: row.finishedAt.getTime() - row.submittedAt.getTime() });
    samples.set(key, list);
  }
  const table: EtaTable = {};
  for (const [key, history] of samples) {
    const estimate = estimateDurationMs(history, Number.NaN);
    if (!Number.isNaN(estimate)) table[key] = estimate;
  }
  return table;
}

const LINEAR_UNTIL = 0.85;
const CEILING = 0.95;

/**
 * How full an ETA bar should be: linear up to 85 % at the expected time, then creeping towards
 * 95 % — it never claims "done" before the video actually is.
 */
export function etaProgress(startedAtMs: number, expectedMs: number, nowMs: number): number {
  if (!(expectedMs > 0) || !Number.isFinite(startedAtMs) || !Number.isFinite(nowMs)) return 0;
  const x = Math.max(0, nowMs - startedAtMs) / expectedMs;
  if (x <= 1) return LINEAR_UNTIL * x;
  // Same slope as the linear part at x = 1, so the bar does not visibly stall at the hand-over.
  const rate = LINEAR_UNTIL / (CEILING - LINEAR_UNTIL);
  return CEILING - (CEILING - LINEAR_UNTIL) * Math.exp(-rate * (x - 1));
}
