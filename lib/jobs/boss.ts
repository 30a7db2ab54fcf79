import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import PgBoss from "pg-boss";
import { declareQueues, DEFAULT_SCHEMA, type QueuePacing } from "./queues";
import { log } from "@/lib/log/logger";

export type BossDatabase = { pglite: PGlite } | { url: string };

export interface BossOptions {
  /** Runs maintenance (expiry, retries, archiving) and cron; off for processes that only send. */
  supervise?: boolean;
  schema?: string;
  /** How often maintenance runs (expiring stuck jobs among it). */
  maintenanceIntervalSeconds?: number;
  /** The mirror queue's expiry: longer than a copy may take (see QUEUES.mirror). */
  mirrorExpireSeconds?: number;
  /** Retry pacing per queue, for tests that cannot wait minutes for backoff. */
  retryPacing?: QueuePacing;
}

/**
 * Starts pg-boss on the app's database: on a PostgreSQL server through its own pool, on embedded
 * PGlite through the app's one connection (PGlite is a single connection in one process; a
 * second one on the same folder would corrupt it). pg-boss keeps its tables in schema `pgboss`,
 * outside Prisma's migrations, and creates or upgrades them on start.
 */
export async function startBoss(database: BossDatabase, options: BossOptions = {}): Promise<PgBoss> {
  const supervise = options.supervise ?? true;
  const common = {
    schema: options.schema ?? DEFAULT_SCHEMA,
    supervise,
    schedule: supervise,
    migrate: true,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
  };
  const boss =
    "url" in database
      ? new PgBoss({ ...common, connectionString: database.url, max: 4 })
      : new PgBoss({ ...common, db: pgliteExecutor(database.pglite) });
  boss.on("error", (error) => log.error({ event: "jobs.error", err: error }, error.message));
  await boss.start();
  await declareQueues(boss, {
    mirrorExpireSeconds: options.mirrorExpireSeconds,
    retryPacing: options.retryPacing,
  });
  return boss;
}

/** pg-boss's `db` contract on PGlite: parameterised queries, or a script of several statements. */
export function pgliteExecutor(pglite: PGlite): PgBoss.Db {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values?.length) return pglite.query(text, values);
      const results = await pglite.exec(text);
      return results.at(-1) ?? { rows: [] };
    },
  };
}
