import { type GenerationState, isPolled } from "./state-machine";

/**
 * When the job engine polls at a generation next — the one place that decides it.
 * Pending tasks: 5 s, then growing to 15 s (the provider asks for 5–15 s between reads), with
 * jitter, never sooner than 5 s nor later than 15 s — and placed on a shared 2.5 s grid, so the
 * polls of several generations fall due together and are read with one `retrieve_batch`
 * instead of one request each. A finished video is copied at once. Anything else is not looked
 * at (null).
 */
export function nextPoll(
  state: GenerationState,
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (state === "succeeded") return now;
  if (!isPolled(state)) return null;
  const base = Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 1.5 ** Math.max(0, attempts));
  const jittered = base * (0.8 + random() * 0.4);
  const delay = Math.min(MAX_POLL_DELAY_MS, Math.max(FIRST_POLL_DELAY_MS, jittered));
  return onGrid(now.getTime() + delay, now.getTime());
}

/** Polls fall on multiples of this (wall clock), so polls due close together are read at once. */
export const POLL_GRID_MS = 2_500;

/** The next grid point at or after `at`, or the one before it when that would pass 15 s. */
function onGrid(at: number, now: number): Date {
  const up = Math.ceil(at / POLL_GRID_MS) * POLL_GRID_MS;
  if (up - now <= MAX_POLL_DELAY_MS) return new Date(up);
  const down = Math.floor(at / POLL_GRID_MS) * POLL_GRID_MS;
  return new Date(Math.max(down, now + FIRST_POLL_DELAY_MS));
}

/** After a 429, when a queued generation may be sent again: 5 s doubling to a minute, jittered. */
export function nextSendAttempt(attempts: number, now: Date, random: () => number = Math.random): Date {
  const base = Math.min(60_000, 5_000 * 2 ** Math.max(0, attempts - 1));
  return new Date(now.getTime() + Math.round(base * (0.75 + random() * 0.5)));
}

export const FIRST_POLL_DELAY_MS = 5_000;
const MAX_POLL_DELAY_MS = 15_000;
/** How long the provider may answer "no such task" before we believe it (a few minutes). */
export const TASK_GRACE_MS = 3 * 60_000;
/** How long a submit waits for the upstream's answer unless configured otherwise. */
export const SUBMIT_TIMEOUT_MS = 30_000;
/** A poll overdue by this much lost its job (a process died between the write and the send). */
export const LOST_JOB_AFTER_MS = 2 * 60_000;

/**
 * With callbacks configured, how long after a task was sent (or a callback moved it) the first
 * look waits: the provider's slow case plus a margin. Callbacks settle it long before; the look
 * is the safety net for one that never arrives, and from then on looks run at the usual pace.
 */
export function callbackWaitMs(expectedHighMs: number): number {
  return expectedHighMs + Math.min(60_000, Math.max(10_000, expectedHighMs / 2));
}

/**
 * Late looks: a generation that timed out while the provider may still have its task (it was
 * sent) is looked at again, further apart each time (half the time since its deadline, from 10
 * minutes to a day), until the provider's records are gone. If the task finishes, the video
 * arrives; if the provider never had it, its seconds come back. So "Make it again" is never the
 * only way to a video that was paid for.
 */
export const LATE_LOOK_MIN_GAP_MS = 10 * 60_000;
const LATE_LOOK_MAX_GAP_MS = 24 * 60 * 60_000;
/**
 * The provider keeps other services' records 30 days; Grok's retention is not documented
 * (docs/upstream-api.md §6). After that a look could only say "not found".
 */
export const LATE_LOOKS_FOR_MS = 30 * 24 * 60 * 60_000;

export function nextLateLook(deadlineAt: Date, now: Date): Date | null {
  const since = now.getTime() - deadlineAt.getTime();
  if (since >= LATE_LOOKS_FOR_MS) return null;
  const gap = Math.min(LATE_LOOK_MAX_GAP_MS, Math.max(LATE_LOOK_MIN_GAP_MS, since / 2));
  return new Date(now.getTime() + gap);
}
