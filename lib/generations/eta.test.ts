import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DURATION_BANDS,
  MIN_SAMPLES,
  durationBand,
  estimateFromSamples,
  etaKey,
  etaProgress,
  formatRange,
  providerEstimate,
  quantile,
  remainingWording,
  typicalWording,
  type EtaEstimate,
} from "./eta";

const range = (lowMs: number, highMs: number, typicalMs = (lowMs + highMs) / 2): EtaEstimate => ({
  lowMs,
  typicalMs,
  highMs,
  source: "history",
  samples: 10,
});

describe("duration bands", () => {
  it("groups lengths that take about as long, at the provider's own steps", () => {
    expect([1, 6, 7, 10, 11, 15, 16, 20, 21, 30].map((s) => durationBand(s).min)).toEqual([
      1, 1, 7, 7, 11, 11, 16, 16, 21, 21,
    ]);
    expect(etaKey({ model: "m", resolution: "720p", durationSec: 8 })).toBe("m|720p|7");
    expect(etaKey({ model: "m", resolution: "720p", durationSec: 10 })).toBe(
      etaKey({ model: "m", resolution: "720p", durationSec: 7 }),
    );
  });

  it("puts every allowed length in exactly one band", () => {
    for (let s = 1; s <= 30; s++) {
      expect(DURATION_BANDS.filter((b) => s >= b.min && s <= b.max)).toEqual([durationBand(s)]);
    }
  });
});

describe("quantile", () => {
  it("interpolates as PostgreSQL's percentile_cont does", () => {
    expect(quantile([10, 20, 30, 40, 50, 60], 0.25)).toBe(22.5);
    expect(quantile([10, 20, 30, 40, 50, 60], 0.5)).toBe(35);
    expect(quantile([10, 20, 30, 40, 50, 60], 0.8)).toBe(50);
    expect(quantile([7], 0.8)).toBe(7);
  });

  it("stays within the samples and grows with q", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const sorted = [...values].sort((x, y) => x - y);
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(quantile(sorted, lo)).toBeGreaterThanOrEqual(sorted[0]!);
          expect(quantile(sorted, hi)).toBeLessThanOrEqual(sorted.at(-1)!);
          expect(quantile(sorted, lo)).toBeLessThanOrEqual(quantile(sorted, hi));
        },
      ),
    );
  });
});

describe("estimateFromSamples", () => {
  it(`needs ${MIN_SAMPLES} usable samples`, () => {
    expect(estimateFromSamples([10_000, 20_000, 30_000, 40_000])).toBeNull();
    expect(estimateFromSamples([10_000, 20_000, 30_000, 40_000, -5, Number.NaN, 0])).toBeNull();
  });

  it("gives the middle of the usual, so one stuck job does not stretch the range", () => {
    const estimate = estimateFromSamples([30_000, 3_600_000, 32_000, 31_000, 33_000, 34_000]);
    expect(estimate).toMatchObject({ lowMs: 31_250, typicalMs: 32_500, highMs: 34_000, samples: 6 });
  });
});

describe("wording", () => {
  it("says how long one usually takes as a range, in seconds or minutes", () => {
    expect(typicalWording(range(60_000, 180_000))).toBe("usually 1–3 min");
    expect(typicalWording(range(20_000, 40_000))).toBe("usually 20–40 s");
    expect(typicalWording(range(40_000, 130_000))).toBe("usually 40 s–3 min");
    expect(typicalWording(range(3_000, 3_000))).toBe("usually about 5 s");
    expect(typicalWording(providerEstimate())).toBe("usually 1–5 min");
  });

  it("never promises a 6 s job two minutes, nor a 22 s job one second", () => {
    // The two ETAs of the report: a job of ~6 s, and one that took 22 s.
    const quick = range(5_000, 8_000);
    expect(remainingWording(quick, 1_000)).toBe("5–10 s left");
    const usual = range(12_000, 18_000);
    expect(remainingWording(usual, 17_000)).toBe("almost done");
    expect(remainingWording(usual, 21_000)).toBe("taking longer than usual");
  });

  it("counts down a range while early, then 'almost done', then 'taking longer than usual'", () => {
    const eta = range(60_000, 180_000);
    expect(remainingWording(eta, 0)).toBe("1–3 min left");
    expect(remainingWording(eta, 30_000)).toBe("30 s–3 min left");
    expect(remainingWording(eta, 90_000)).toBe("almost done");
    expect(remainingWording(eta, 400_000)).toBe("taking longer than usual");
  });

  it("never shows a remaining time below 5 s, nor one past the slow end", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1_000, max: 600_000 }),
        fc.integer({ min: 0, max: 600_000 }),
        fc.integer({ min: 0, max: 1_200_000 }),
        (low, spread, elapsed) => {
          const eta = range(low, low + spread);
          const text = remainingWording(eta, elapsed);
          expect(text).not.toMatch(/\b[1-4] s\b/);
          if (elapsed >= eta.highMs) expect(text).toBe("taking longer than usual");
          const shown = /(\d+) (s|min) left$/.exec(text);
          if (shown) {
            const ms = Number(shown[1]) * (shown[2] === "min" ? 60_000 : 1_000);
            expect(ms).toBeGreaterThanOrEqual(eta.highMs - elapsed);
          }
        },
      ),
    );
  });

  it("reads ranges whose ends round alike as 'about'", () => {
    expect(formatRange(120_000, 120_000)).toBe("about 2 min");
    expect(formatRange(61_000, 62_000)).toBe("1–2 min");
    expect(formatRange(10_000, 10_000)).toBe("about 10 s");
  });
});

describe("etaProgress", () => {
  const start = 1_000_000;

  it("grows linearly to 85 % at the typical time", () => {
    expect(etaProgress(start, 60_000, start)).toBe(0);
    expect(etaProgress(start, 60_000, start + 30_000)).toBeCloseTo(0.425);
    expect(etaProgress(start, 60_000, start + 60_000)).toBeCloseTo(0.85);
  });

  it("keeps creeping afterwards but never reaches 95 %", () => {
    const values = [1.1, 1.5, 3, 10, 1_000].map((x) => etaProgress(start, 60_000, start + x * 60_000));
    for (let i = 1; i < values.length; i++) expect(values[i]!).toBeGreaterThanOrEqual(values[i - 1]!);
    expect(values[0]!).toBeGreaterThan(0.85);
    expect(Math.max(...values)).toBeLessThanOrEqual(0.95);
  });

  it("is 0 for nonsense input and a clock that runs behind", () => {
    expect(etaProgress(start, 0, start + 10)).toBe(0);
    expect(etaProgress(start, Number.NaN, start + 10)).toBe(0);
    expect(etaProgress(start, 60_000, start - 5_000)).toBe(0);
  });
});
