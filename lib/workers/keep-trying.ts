/**
 * Runs `start` until it succeeds, waiting longer after each failure (1 s, 2 s, 4 s … 30 s, with
 * ±20 % jitter so instances that failed together do not retry together). Background work must not
 * give up after one failure: two instances starting on a fresh database deadlock in pg-boss's
 * queue creation now and then, and a database that is down at boot comes back.
 */
export interface KeepTryingOptions {
  firstDelayMs?: number;
  maxDelayMs?: number;
  /** Errors no wait can fix (another process owns the embedded database): rethrown at once. */
  giveUpOn?: (error: unknown) => boolean;
  /** Told of each failure before the wait. */
  onFailure?: (error: unknown, attempt: number, nextDelayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export async function keepTrying<T>(start: () => Promise<T>, options: KeepTryingOptions = {}): Promise<T> {
  const first = options.firstDelayMs ?? 1_000;
  const max = options.maxDelayMs ?? 30_000;
  const sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
  const random = options.random ?? Math.random;
  for (let attempt = 1; ; attempt++) {
    try {
      return await start();
    } catch (error) {
      if (options.giveUpOn?.(error)) throw error;
      const base = Math.min(max, first * 2 ** (attempt - 1));
      const delay = Math.round(base * (0.8 + 0.4 * random()));
      options.onFailure?.(error, attempt, delay);
      await sleep(delay);
    }
  }
}
