import type { ReconcileDeps } from "./reconcile";
import { reconcilePendingGenerations } from "./reconcile";

export const RECONCILE_INTERVAL_MS = 1_000;

/**
 * Runs reconcile passes on an interval, one at a time (a slow pass is never overlapped by the
 * next), draining a backlog without waiting when a pass came back full. Returns a stop function.
 */
export function startReconcilerLoop(
  deps: () => ReconcileDeps,
  { intervalMs = RECONCILE_INTERVAL_MS, onError = (e: unknown) => console.error("[reconciler]", e) } = {},
): () => Promise<void> {
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;

  const tick = () => {
    running = (async () => {
      try {
        const d = deps();
        const report = await reconcilePendingGenerations(d);
        if (!stopped && report.claimed >= (d.batchSize ?? 50)) return tick();
      } catch (error) {
        onError(error);
      }
      if (!stopped) timer = setTimeout(tick, intervalMs).unref();
    })();
  };
  timer = setTimeout(tick, intervalMs).unref();

  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
