import { describe, expect, it } from "vitest";
import { FRAME, JUMP_BEYOND, keyStep, pickClock, planSync, timeFor, type VideoReading } from "./sync-plan";

const video = (time: number, extra: Partial<VideoReading> = {}): VideoReading => ({
  time,
  duration: 8,
  rate: 1,
  seeking: false,
  ...extra,
});
const playing = (videos: VideoReading[], baseRate = 1) =>
  planSync({ playing: true, baseRate, clock: 0, videos });

describe("pickClock", () => {
  it("follows the longest video, the first of equals, ignoring unknown lengths", () => {
    expect(pickClock([6, 8, 4])).toBe(1);
    expect(pickClock([8, 8, 8, 8])).toBe(0);
    expect(pickClock([Number.NaN, 3, Infinity, 5])).toBe(3);
  });
});

describe("planSync while playing", () => {
  it("leaves videos within a quarter frame alone", () => {
    expect(playing([video(2), video(2.005), video(1.996)])).toEqual([
      { play: true, rate: 1 },
      { play: true, rate: 1 },
      { play: true, rate: 1 },
    ]);
  });

  it("speeds up one that is behind and slows one that is ahead, by no more than 15 %", () => {
    const [, behind, ahead, far] = playing([
      video(2),
      video(2 - 1.5 * FRAME),
      video(2 + FRAME),
      video(2 - 0.19),
    ]);
    expect(behind!.seekTo).toBeUndefined();
    expect(behind!.rate).toBeGreaterThan(1);
    expect(ahead!.rate).toBeLessThan(1);
    expect(far!.rate).toBeCloseTo(1.15);
    // A bigger drift is closed faster.
    expect(behind!.rate - 1).toBeGreaterThan(1 - ahead!.rate);
  });

  it("keeps nudging until the drift is well inside a frame, then returns to the group's speed", () => {
    const nudged = { rate: 1.04 };
    expect(playing([video(2), video(2 - FRAME / 8, nudged)])[1]!.rate).toBeGreaterThan(1);
    expect(playing([video(2), video(2 - FRAME / 32, nudged)])[1]).toEqual({ play: true, rate: 1 });
  });

  it("jumps a video that is more than a few frames off, landing a little ahead of the clock", () => {
    const [, late, early] = playing([video(3), video(1), video(3 + JUMP_BEYOND + 0.01)]);
    expect(late!.seekTo).toBeGreaterThan(3);
    expect(late!.seekTo).toBeLessThan(3 + FRAME * 2);
    expect(late!.rate).toBe(1);
    expect(early!.seekTo).toBe(late!.seekTo);
  });

  it("leaves a jump that is still landing alone", () => {
    expect(playing([video(3), video(1, { seeking: true })])[1]).toEqual({ play: true, rate: 1 });
  });

  it("scales nudges and jumps to the group's speed", () => {
    const [, late, behind] = playing([video(3), video(1), video(3 - 0.05)], 0.5);
    expect(late!.seekTo! - 3).toBeCloseTo(0.025);
    expect(behind!.rate).toBeGreaterThan(0.5);
    expect(behind!.rate).toBeLessThanOrEqual(0.5 * 1.15 + 1e-9);
  });

  it("lets a shorter video rest on its last frame once the clock is past its end", () => {
    const [clock, ended, lagging] = playing([
      video(6.5),
      video(6, { duration: 6 }),
      video(5.5, { duration: 6 }),
    ]);
    expect(clock).toEqual({ play: true, rate: 1 });
    expect(ended).toEqual({ play: false, rate: 1 });
    expect(lagging).toEqual({ play: false, rate: 1, seekTo: 6 });
  });

  it("stops the clock at its own end", () => {
    expect(playing([video(8), video(8)])).toEqual([
      { play: false, rate: 1 },
      { play: false, rate: 1 },
    ]);
  });

  it("treats an unknown length as never ending", () => {
    expect(playing([video(7), video(7, { duration: Number.NaN })])[1]).toEqual({ play: true, rate: 1 });
  });
});

describe("planSync while paused", () => {
  it("puts every video on the clock's instant exactly, and plays none", () => {
    const plan = planSync({
      playing: false,
      baseRate: 1,
      clock: 1,
      videos: [video(2.01), video(2), video(2), video(1.99, { duration: 1.5 })],
    });
    expect(plan).toEqual([
      { play: false, rate: 1, seekTo: 2 },
      { play: false, rate: 1 },
      { play: false, rate: 1 },
      { play: false, rate: 1, seekTo: 1.5 },
    ]);
  });
});

describe("timeFor and keyStep", () => {
  it("clamps a group time to each video's length", () => {
    expect(timeFor(5, 8)).toBe(5);
    expect(timeFor(9, 6)).toBe(6);
    expect(timeFor(-1, 6)).toBe(0);
    expect(timeFor(3, Number.NaN)).toBe(3);
  });

  it("steps a second with the arrows and a frame with Shift", () => {
    expect(keyStep("ArrowRight", false)).toBe(1);
    expect(keyStep("ArrowLeft", false)).toBe(-1);
    expect(keyStep("ArrowRight", true)).toBeCloseTo(1 / 24);
    expect(keyStep("ArrowLeft", true)).toBeCloseTo(-1 / 24);
    expect(keyStep("ArrowUp", false)).toBeNull();
  });
});
