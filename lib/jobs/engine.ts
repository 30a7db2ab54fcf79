import "server-only";
import type PgBoss from "pg-boss";
import { env } from "@/lib/config/env";
import { database } from "@/lib/db/client";
import { startBoss } from "./boss";
import { bossJobs, type Jobs } from "./enqueue";

declare global {
  var __jobEngine: Promise<PgBoss> | undefined;
}

/**
 * This process's pg-boss, started once on the app's database and kept on globalThis (the
 * production build's bundles share it). It supervises (maintenance, cron) wherever workers run:
 * in the web server unless WORKERS=off, and always in `npm run worker`.
 */
export function jobEngine(options: { supervise?: boolean } = {}): Promise<PgBoss> {
  globalThis.__jobEngine ??= (async () => {
    const opened = database();
    const config = env();
    const settings = {
      supervise: options.supervise ?? config.WORKERS !== "off",
      maintenanceIntervalSeconds: config.JOBS_MAINTENANCE_SECONDS,
      mirrorExpireSeconds: config.JOBS_MIRROR_EXPIRE_SECONDS ?? config.MEDIA_FETCH_TIMEOUT_SECONDS * 2 + 60,
    };
    if (opened.pglite) {
      await opened.pglite.waitReady;
      return startBoss({ pglite: opened.pglite }, settings);
    }
    return startBoss({ url: opened.url! }, settings);
  })().catch((error: unknown) => {
    globalThis.__jobEngine = undefined; // the next caller tries again
    throw error;
  });
  return globalThis.__jobEngine;
}

/** Stops this process's engine (if it started) so that the next `jobEngine()` starts afresh. */
export async function stopJobEngine(): Promise<void> {
  const running = globalThis.__jobEngine;
  globalThis.__jobEngine = undefined;
  const boss = await running?.catch(() => undefined);
  await boss?.stop({ graceful: false, wait: true }).catch(() => undefined);
}

export const appJobs = async (): Promise<Jobs> => bossJobs(await jobEngine());
