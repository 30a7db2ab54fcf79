import { describe, expect, it } from "vitest";
import { FIRST_POLL_DELAY_MS, nextLook, nextSendAttempt } from "./next-look";
import { GENERATION_STATES, POLLED_STATES } from "./state-machine";

const now = new Date("2026-12-02T10:00:00Z");
const after = (d: Date | null) => (d ? d.getTime() - now.getTime() : null);

describe("nextLook", () => {
  it("looks at pending tasks 5 s after, growing to 15 s, never sooner or later, whatever the jitter", () => {
    for (const state of POLLED_STATES) {
      for (const random of [() => 0, () => 0.5, () => 0.999]) {
        const delays = [0, 1, 2, 3, 10, 50].map((n) => after(nextLook(state, n, now, random))!);
        expect(Math.min(...delays)).toBeGreaterThanOrEqual(FIRST_POLL_DELAY_MS);
        expect(Math.max(...delays)).toBeLessThanOrEqual(15_000);
        expect(delays).toEqual([...delays].sort((a, b) => a - b));
      }
    }
    expect(after(nextLook("submitted", 0, now, () => 0.5))).toBe(5_000);
    expect(after(nextLook("running", 50, now, () => 0.5))).toBe(15_000);
  });

  it("copies a finished video at once, and never looks at anything else", () => {
    expect(after(nextLook("succeeded", 3, now))).toBe(0);
    const others = GENERATION_STATES.filter(
      (s) => s !== "succeeded" && !(POLLED_STATES as readonly string[]).includes(s),
    );
    for (const state of others) expect(nextLook(state, 0, now)).toBeNull();
  });
});

describe("nextSendAttempt (after a 429)", () => {
  it("backs off from about 5 s, doubling, to at most about a minute", () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 4, 5, 10].map((n) => after(nextSendAttempt(n, now, mid)))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
    expect(after(nextSendAttempt(1, now, () => 0))).toBe(3_750);
    expect(after(nextSendAttempt(10, now, () => 0.999))!).toBeLessThan(75_000);
  });
});
