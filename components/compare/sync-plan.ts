/**
 * How videos played side by side stay together, as pure arithmetic: one video is the clock (the
 * longest, so the group never stops while one is still playing), and every other one is told
 * where to be. A small drift is closed by nudging that video's playback rate, which is invisible;
 * a large one by a jump, which costs a stall, so it lands a little ahead of the clock.
 */

/** One frame of a 24 fps clip: videos further apart than this are visibly out of step. */
export const FRAME = 1 / 24;
/** Drift below this is left alone… */
const NUDGE_FROM = FRAME / 4;
/** …and a nudge in progress goes on until the drift is below this (no flapping at the edge). */
const SETTLED = FRAME / 16;
/** Beyond this a nudge would take seconds: jump instead. */
export const JUMP_BEYOND = 0.2;
/** A nudge closes the gap over about this long (rate offset = drift / horizon)… */
const NUDGE_HORIZON = 0.5;
/** …but never changes the speed by more than this share (15 %: no audible wobble). */
const MAX_NUDGE = 0.15;
/** A jump lands this far ahead of the clock (scaled by the rate): seeking takes time to land. */
const JUMP_LEAD = 0.05;
/** Times closer than this are the same instant (media times are floats). */
const SAME = 1e-3;

export interface VideoReading {
  time: number;
  /** Seconds; NaN or Infinity while unknown, which counts as never ending. */
  duration: number;
  rate: number;
  /** A jump is still landing: its time is the target, not what is shown. */
  seeking: boolean;
}

export interface VideoPlan {
  play: boolean;
  rate: number;
  seekTo?: number;
}

const lengthOf = (duration: number) => (Number.isFinite(duration) && duration > 0 ? duration : Infinity);

/** The clock: the longest video (the first of equals); the others end early and wait on their last frame. */
export function pickClock(durations: readonly number[]): number {
  const known = (d: number | undefined) => (d !== undefined && Number.isFinite(d) ? d : 0);
  return durations.reduce((best, d, i) => (known(d) > known(durations[best]) ? i : best), 0);
}

/** Where a video of this length should be when the group is at `time`. */
export const timeFor = (time: number, duration: number) => Math.max(0, Math.min(time, lengthOf(duration)));

/** What every video should do now, given what each shows and the clock's index. */
export function planSync(input: {
  playing: boolean;
  baseRate: number;
  clock: number;
  videos: readonly VideoReading[];
}): VideoPlan[] {
  const { playing, baseRate, videos } = input;
  const now = videos[input.clock]?.time ?? 0;
  return videos.map((video, i) => {
    const end = lengthOf(video.duration);
    if (i === input.clock) return { play: playing && now < end - SAME, rate: baseRate };
    if (now >= end - SAME)
      // Past its end: it rests on its last frame until the group comes back within its length.
      return Math.abs(video.time - end) > SAME
        ? { play: false, rate: baseRate, seekTo: end }
        : { play: false, rate: baseRate };
    const drift = video.time - now;
    if (!playing)
      // Paused, every video shows the very same instant.
      return Math.abs(drift) > SAME
        ? { play: false, rate: baseRate, seekTo: now }
        : { play: false, rate: baseRate };
    if (video.seeking) return { play: true, rate: baseRate };
    if (Math.abs(drift) > JUMP_BEYOND)
      return { play: true, rate: baseRate, seekTo: Math.min(now + JUMP_LEAD * baseRate, end) };
    const nudging = Math.abs(video.rate - baseRate) > 1e-6;
    if (Math.abs(drift) > NUDGE_FROM || (nudging && Math.abs(drift) > SETTLED)) {
      const offset = Math.max(-MAX_NUDGE, Math.min(MAX_NUDGE, drift / NUDGE_HORIZON));
      return { play: true, rate: baseRate * (1 - offset) };
    }
    return { play: true, rate: baseRate };
  });
}

/** The keyboard's seek steps: ← → one second, with Shift one frame; null for any other key. */
export function keyStep(key: string, shift: boolean): number | null {
  if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
  return (key === "ArrowLeft" ? -1 : 1) * (shift ? FRAME : 1);
}
