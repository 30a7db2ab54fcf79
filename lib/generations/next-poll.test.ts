import { describe, expect, it } from "vitest";
import {
  FIRST_POLL_DELAY_MS,
  LATE_LOOKS_FOR_MS,
  LATE_LOOK_MIN_GAP_MS,
  POLL_GRID_MS,
  nextLateLook,
  nextPoll,
  nextSendAttempt,
} from "./next-poll";
import { GENERATION_STATES, POLLED_STATES } from "./state-machine";

const now = new Date("2026-12-02T10:00:00Z");
const after = (d: Date | null) => (d ? d.getTime() - now.getTime() : null);

describe("nextPoll", () => {
  it("polls at pending tasks 5 s after, growing to 15 s, never sooner or later, whatever the jitter", () => {
    for (const state of POLLED_STATES) {
      for (const random of [() => 0, () => 0.5, () => 0.999]) {
        const delays = [0, 1, 2, 3, 10, 50].map((n) => after(nextPoll(state, n, now, random))!);
        expect(Math.min(...delays)).toBeGreaterThanOrEqual(FIRST_POLL_DELAY_MS);
        expect(Math.max(...delays)).toBeLessThanOrEqual(15_000);
        expect(delays).toEqual([...delays].sort((a, b) => a - b));
      }
    }
    expect(after(nextPoll("submitted", 0, now, () => 0.5))).toBe(5_000);
    expect(after(nextPoll("running", 50, now, () => 0.5))).toBe(15_000);
  });

  it("puts polls on a shared 2.5 s grid, so polls due close together are read in one batch", () => {
    const at = (ms: number) => new Date(now.getTime() + ms);
    const polls = [0, 300, 700, 1_100, 1_900].map((offset, i) =>
      nextPoll("submitted", 0, at(offset), () => [0.1, 0.4, 0.6, 0.2, 0.9][i]!)!.getTime(),
    );
    for (const t of polls) expect(t % POLL_GRID_MS).toBe(0);
    // Five generations sent within two seconds fall due at a few moments, not five.
    expect(new Set(polls).size).toBeLessThanOrEqual(3);
    // Never sooner than 5 s or later than 15 s after their own "now", grid or not.
    [0, 300, 700, 1_100, 1_900].forEach((offset, i) => {
      expect(polls[i]! - (now.getTime() + offset)).toBeGreaterThanOrEqual(5_000);
      expect(polls[i]! - (now.getTime() + offset)).toBeLessThanOrEqual(15_000);
    });
  });

  it("copies a finished video at once, and never polls at anything else", () => {
    expect(after(nextPoll("succeeded", 3, now))).toBe(0);
    const others = GENERATION_STATES.filter(
      (s) => s !== "succeeded" && !(POLLED_STATES as readonly string[]).includes(s),
    );
    for (const state of others) expect(nextPoll(state, 0, now)).toBeNull();
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

describe("late looks at a timed-out task", () => {
  const deadline = new Date("2026-12-01T12:00:00Z");
  const after = (ms: number) => new Date(deadline.getTime() + ms);
  const gap = (ms: number) => nextLateLook(deadline, after(ms))!.getTime() - after(ms).getTime();

  it("starts ten minutes on, then waits half the time since the deadline, at most a day", () => {
    expect(gap(0)).toBe(LATE_LOOK_MIN_GAP_MS);
    expect(gap(10 * 60_000)).toBe(LATE_LOOK_MIN_GAP_MS);
    expect(gap(2 * 3_600_000)).toBe(3_600_000);
    expect(gap(10 * 24 * 3_600_000)).toBe(24 * 3_600_000);
  });

  it("stops when the provider's records are gone", () => {
    expect(nextLateLook(deadline, after(LATE_LOOKS_FOR_MS - 1))).not.toBeNull();
    expect(nextLateLook(deadline, after(LATE_LOOKS_FOR_MS))).toBeNull();
  });
});
