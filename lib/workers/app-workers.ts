import "server-only";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { db } from "@/lib/db/client";
import { isEmbeddedDatabaseBusy } from "@/lib/db/embedded-lock";
import { jobEngine, stopJobEngine } from "../jobs/engine";
import { startHeartbeat, type WorkerKind } from "./heartbeat";
import { keepTrying } from "./keep-trying";
import { startWorkers, type WorkerOptions } from "./start-workers";
import { log } from "@/lib/log/logger";

export interface AppWorkers {
  /** Finishes the jobs in hand (up to `timeoutMs`); those still running are released to run again. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Where this process's background work stands, for /api/ready. */
export type WorkersState =
  | { state: "off" }
  | { state: "starting" }
  | { state: "retrying"; attempts: number; lastError: string; nextTryAt: string }
  | { state: "running"; since: string };

declare global {
  var __appWorkers: Promise<AppWorkers> | undefined;
  var __appWorkersState: WorkersState | undefined;
}

export const workersState = (): WorkersState => globalThis.__appWorkersState ?? { state: "off" };

/**
 * Starts this deployment's workers once per process (dev hot reloads re-run instrumentation),
 * trying again with backoff until they run: a start that failed once (a deadlock between two
 * instances creating queues, a database still booting) must not leave an instance that queues
 * work nobody does. Each failure is logged with its next try; the state is in `workersState()`.
 */
export function startAppWorkers(options: WorkerOptions & { kind?: WorkerKind } = {}): Promise<AppWorkers> {
  globalThis.__appWorkers ??= (async () => {
    globalThis.__appWorkersState = { state: "starting" };
    const workers = await keepTrying(
      async () => {
        const boss = await jobEngine({ supervise: true });
        try {
          await startWorkers(boss, lifecycleDeps(), options);
        } catch (error) {
          await stopJobEngine(); // half-registered workers must not stay behind the next try
          throw error;
        }
        return boss;
      },
      {
        giveUpOn: isEmbeddedDatabaseBusy,
        onFailure(error, attempt, delayMs) {
          const lastError = error instanceof Error ? error.message : String(error);
          globalThis.__appWorkersState = {
            state: "retrying",
            attempts: attempt,
            lastError,
            nextTryAt: new Date(Date.now() + delayMs).toISOString(),
          };
          log.error(
            { event: "jobs.start-failed", attempt, nextTryInMs: delayMs, err: error },
            "workers did not start",
          );
        },
      },
    );
    const heartbeat = startHeartbeat(db, options.kind ?? "web");
    globalThis.__appWorkersState = { state: "running", since: new Date().toISOString() };
    log.info({ event: "jobs.running" }, "workers running");
    return {
      stop: async (timeoutMs = 30_000) => {
        await heartbeat.stop();
        globalThis.__appWorkersState = { state: "off" };
        await workers.stop({ graceful: true, wait: true, timeout: timeoutMs });
      },
    };
  })();
  return globalThis.__appWorkers;
}
