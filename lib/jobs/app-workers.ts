import "server-only";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { jobEngine } from "./engine";
import { startWorkers, type WorkerOptions } from "./start-workers";

export interface AppWorkers {
  /** Finishes the jobs in hand (up to `timeoutMs`); those still running are released to run again. */
  stop(timeoutMs?: number): Promise<void>;
}

declare global {
  var __appWorkers: Promise<AppWorkers> | undefined;
}

/** Starts this deployment's workers once per process (dev hot reloads re-run instrumentation). */
export function startAppWorkers(options: WorkerOptions = {}): Promise<AppWorkers> {
  globalThis.__appWorkers ??= (async () => {
    const boss = await jobEngine({ supervise: true });
    await startWorkers(boss, lifecycleDeps(), options);
    return { stop: (timeoutMs = 30_000) => boss.stop({ graceful: true, wait: true, timeout: timeoutMs }) };
  })();
  return globalThis.__appWorkers;
}
