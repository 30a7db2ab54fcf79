/**
 * How long a generation takes, said honestly: a range learnt from this workspace's own finished
 * videos of the same model, resolution and duration band (or the provider's typical times), and
 * wording that never counts down to "1 s left" for something that may take far longer.
 * Pure, so the queue in the browser and the server share it.
 */

/**
 * Requested lengths that take about as long to make. The edges follow the provider's own
 * steps: 6 and 10 s are its "most stable" lengths, and 1.5 Fast is priced by 6–10 / 11–20 / 21–30 s.
 */
export const DURATION_BANDS = [
  { min: 1, max: 6 },
  { min: 7, max: 10 },
  { min: 11, max: 15 },
  { min: 16, max: 20 },
  { min: 21, max: 30 },
] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

/** The band a requested length falls in (anything out of range goes to the nearest end). */
export function durationBand(durationSec: number): DurationBand {
  return DURATION_BANDS.find((b) => durationSec <= b.max) ?? DURATION_BANDS[4];
}

export interface EtaKeyParts {
  model: string;
  resolution: string;
  durationSec: number;
}

export const etaKey = (s: EtaKeyParts) => `${s.model}|${s.resolution}|${durationBand(s.durationSec).min}`;

/** Fewer finished videos than this in a band and the provider's typical times are used instead. */
export const MIN_SAMPLES = 5;
/** Only the newest this many per band: the provider's speed drifts, old runs say little. */
export const HISTORY_WINDOW = 50;
/** The range shown is the 25th to 80th percentile: the middle of the usual, a long tail left out. */
export const LOW_QUANTILE = 0.25;
export const HIGH_QUANTILE = 0.8;

/** Milliseconds from being sent to the provider until the video exists. */
export interface EtaEstimate {
  lowMs: number;
  typicalMs: number;
  highMs: number;
  /** `history`: learnt from `samples` finished videos of this workspace; `provider`: its typical times. */
  source: "history" | "provider";
  samples: number;
}

/** As PostgreSQL's `percentile_cont`: linear between the two nearest values of a sorted list. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const at = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

/** A range from finished durations (any order), or null when there are too few to trust. */
export function estimateFromSamples(durationsMs: readonly number[]): EtaEstimate | null {
  const sorted = durationsMs.filter((ms) => Number.isFinite(ms) && ms > 0).sort((a, b) => a - b);
  if (sorted.length < MIN_SAMPLES) return null;
  return {
    lowMs: Math.round(quantile(sorted, LOW_QUANTILE)),
    typicalMs: Math.round(quantile(sorted, 0.5)),
    highMs: Math.round(quantile(sorted, HIGH_QUANTILE)),
    source: "history",
    samples: sorted.length,
  };
}

/**
 * The provider's own word when a workspace has no history yet: "typically 1–5 min" (docs/upstream-api.md
 * §6). A demo runs against the simulator, whose tasks take a set time instead.
 */
export function providerEstimate(demoTaskMs?: number): EtaEstimate {
  if (demoTaskMs && demoTaskMs > 0) {
    return {
      lowMs: demoTaskMs,
      typicalMs: demoTaskMs,
      highMs: demoTaskMs * 2,
      source: "provider",
      samples: 0,
    };
  }
  return { lowMs: 60_000, typicalMs: 120_000, highMs: 300_000, source: "provider", samples: 0 };
}

const SECOND = 1_000;
const MINUTE = 60 * SECOND;

/** A duration rounded for reading: 5 s steps under a minute, whole minutes above. */
function roundForReading(ms: number, direction: "down" | "up"): { value: number; unit: "s" | "min" } {
  const round = direction === "up" ? Math.ceil : Math.floor;
  if (ms < 55 * SECOND) return { value: Math.max(5, round(ms / 5_000) * 5), unit: "s" };
  return { value: Math.max(1, round(ms / MINUTE)), unit: "min" };
}

/** "20–40 s", "1–3 min", "40 s–2 min", or "about 2 min" when both ends read the same. */
export function formatRange(lowMs: number, highMs: number): string {
  const low = roundForReading(Math.max(0, lowMs), "down");
  const high = roundForReading(Math.max(lowMs, highMs), "up");
  if (low.unit === high.unit && low.value >= high.value) return `about ${high.value} ${high.unit}`;
  if (low.unit === high.unit) return `${low.value}–${high.value} ${high.unit}`;
  return `${low.value} ${low.unit}–${high.value} ${high.unit}`;
}

/** "usually 1–3 min": how long one like this takes, for a waiting or running generation. */
export const typicalWording = (eta: EtaEstimate) => `usually ${formatRange(eta.lowMs, eta.highMs)}`;

/**
 * What is left for a generation sent `elapsedMs` ago: a range while it is early, "almost done"
 * once the quick ones of its kind would have finished, and "taking longer than usual" past the
 * slow end — never a countdown to a single second.
 */
export function remainingWording(eta: EtaEstimate, elapsedMs: number): string {
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed >= eta.highMs) return "taking longer than usual";
  if (elapsed >= eta.lowMs) return "almost done";
  return `${formatRange(eta.lowMs - elapsed, eta.highMs - elapsed)} left`;
}

const LINEAR_UNTIL = 0.85;
const CEILING = 0.95;

/**
 * How full the progress bar is: linear up to 85 % at the typical time, then creeping towards
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
