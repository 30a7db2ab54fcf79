import { randomBytes } from "node:crypto";
import type PgBoss from "pg-boss";
import { startBoss, type BossOptions } from "@/lib/jobs/boss";
import { bossJobs, type Jobs } from "@/lib/jobs/enqueue";
import {
  startWorkers,
  type RunningWorkers,
  type WorkerDeps,
  type WorkerOptions,
} from "@/lib/workers/start-workers";
import type { TestDatabase } from "./test-database";

export interface TestJobEngine {
  boss: PgBoss;
  jobs: Jobs;
  schema: string;
  /** Starts this engine's workers (the same ones `npm run worker` runs). */
  work(deps: Omit<WorkerDeps, "jobs">, options?: WorkerOptions): Promise<RunningWorkers>;
  close(): Promise<void>;
}

/**
 * The real job engine on a test database, in a schema of its own (files share the PostgreSQL
 * server's database, and one file's jobs must not be worked by another's workers).
 */
export async function startTestJobEngine(
  t: TestDatabase,
  options: Pick<BossOptions, "retryPacing" | "maintenanceIntervalSeconds"> = {},
): Promise<TestJobEngine> {
  const schema = `pgboss_test_${randomBytes(4).toString("hex")}`;
  const boss = await startBoss(t.engine, { schema, ...options });
  return {
    boss,
    schema,
    jobs: bossJobs(boss, schema),
    async work(deps, options = {}) {
      return startWorkers(boss, deps, { ...options, schema });
    },
    async close() {
      await boss.stop({ graceful: false, wait: true, timeout: 1_000 }).catch(() => undefined);
      await t.db.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    },
  };
}
