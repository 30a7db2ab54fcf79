import { describe, expect, it } from "vitest";
import { defaultDurationMs, estimateDurationMs, etaKey, etaProgress, expectedDurationMs } from "./eta";

const samples = (...ms: number[]) => ms.map((durationMs) => ({ durationMs }));

describe("estimateDurationMs", () => {
  it("falls back with fewer than three usable samples", () => {
    expect(estimateDurationMs([], 9_000)).toBe(9_000);
    expect(estimateDurationMs(samples(10_000, 20_000), 9_000)).toBe(9_000);
    expect(estimateDurationMs(samples(10_000, 20_000, -5, Number.NaN, 0), 9_000)).toBe(9_000);
  });

  it("takes the median, so one stuck job does not move it", () => {
    expect(estimateDurationMs(samples(30_000, 32_000, 3_600_000), 1)).toBe(32_000);
    expect(estimateDurationMs(samples(30_000, 31_000, 33_000, 3_600_000), 1)).toBe(32_000);
  });

  it("only looks at the last 20 samples", () => {
    const old = Array(30).fill(100_000) as number[];
    const recent = Array(20).fill(40_000) as number[];
    expect(estimateDurationMs(samples(...old, ...recent), 1)).toBe(40_000);
  });
});

describe("expectedDurationMs", () => {
  const settings = { model: "grok-imagine-video", resolution: "720p", durationSec: 10 };

  it("uses the learnt value for the same model, resolution and duration", () => {
    expect(etaKey(settings)).toBe("grok-imagine-video|720p|10");
    expect(expectedDurationMs({ "grok-imagine-video|720p|10": 70_000 }, settings)).toBe(70_000);
  });

  it("defaults by requested duration before there is history", () => {
    expect(defaultDurationMs(10)).toBe(105_000);
    expect(expectedDurationMs({ "grok-imagine-video|480p|10": 1 }, settings)).toBe(105_000);
  });
});

describe("etaProgress", () => {
  const start = 1_000_000;

  it("grows linearly to 85 % at the expected time", () => {
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
