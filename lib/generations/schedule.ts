/** When to read a pending task again: 5 s, then growing to 15 s (the provider asks for 5–15 s), with jitter. */
export const FIRST_POLL_DELAY_MS = 5_000;
const MAX_POLL_DELAY_MS = 15_000;

export function nextPollDelayMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_POLL_DELAY_MS, FIRST_POLL_DELAY_MS * 1.5 ** Math.max(0, attempts));
  // ±20 % jitter so many instances' polls do not line up.
  return Math.round(base * (0.8 + random() * 0.4));
}

/** How long a claimed batch is ours before another instance may take it over. */
export const LEASE_MS = 30_000;
/** A queued row older than this was left by a process that died mid-submit. */
export const STALE_QUEUED_MS = 60_000;
/** Mirror attempts before a video stays on the provider's URL. */
export const MAX_MIRROR_ATTEMPTS = 8;
/** How long the provider may answer "no such task" before we believe it (a few minutes). */
export const TASK_GRACE_MS = 3 * 60_000;
/** How long a submit waits for the upstream's answer unless configured otherwise. */
export const SUBMIT_TIMEOUT_MS = 30_000;
