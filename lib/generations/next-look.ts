import { type GenerationState, isPolled } from "./state-machine";

/**
 * When the job engine looks at a generation next — the one place that decides it.
 * Pending tasks: 5 s, then growing to 15 s (the provider asks for 5–15 s between reads), with
 * jitter so many workers' reads do not line up, and never sooner than 5 s. A finished video is
 * copied at once. Anything else is not looked at (null).
 */
export function nextLook(
  state: GenerationState,
  attempts: number,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  if (state === "succeeded") return now;
  if (!isPolled(state)) return null;
  const base = Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 1.5 ** Math.max(0, attempts));
  const jittered = base * (0.8 + random() * 0.4);
  const delay = Math.round(Math.min(MAX_POLL_DELAY_MS, Math.max(FIRST_POLL_DELAY_MS, jittered)));
  return new Date(now.getTime() + delay);
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
/** A look overdue by this much lost its job (a process died between the write and the send). */
export const LOST_JOB_AFTER_MS = 2 * 60_000;
