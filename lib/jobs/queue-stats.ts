import "server-only";
import type PgBoss from "pg-boss";
import { DEFAULT_SCHEMA, QUEUES } from "./queues";

export interface QueueStats {
  queue: string;
  /** Due and not yet taken. */
  waiting: number;
  /** Booked for later (a next poll, a backoff). */
  scheduled: number;
  active: number;
  /** Failed and waiting for another attempt. */
  retrying: number;
  /** Failed for good (kept until pg-boss archives them). */
  failed: number;
  /** In this queue's dead-letter queue. */
  deadLettered: number;
  /** Age of the oldest due job nobody has taken, in seconds. */
  oldestWaitingSeconds: number | null;
}

/** What `npm run jobs` prints: each queue's counts, and how long its oldest due job has waited. */
export async function queueStats(boss: PgBoss, schema = DEFAULT_SCHEMA): Promise<QueueStats[]> {
  const { rows } = await boss.getDb().executeSql(
    `SELECT name,
            count(*) FILTER (WHERE state = 'created' AND start_after <= now())::int AS waiting,
            count(*) FILTER (WHERE state = 'created' AND start_after > now())::int AS scheduled,
            count(*) FILTER (WHERE state = 'active')::int AS active,
            count(*) FILTER (WHERE state = 'retry')::int AS retrying,
            count(*) FILTER (WHERE state = 'failed')::int AS failed,
            extract(epoch FROM now() - min(created_on) FILTER (
              WHERE state IN ('created', 'retry') AND start_after <= now()))::float AS oldest
       FROM ${schema}.job GROUP BY name`,
    [],
  );
  const byName = new Map(rows.map((r: Record<string, unknown>) => [String(r.name), r]));
  const count = (name: string | undefined, key: string) => Number(name ? (byName.get(name)?.[key] ?? 0) : 0);
  return Object.values(QUEUES).map((q) => {
    const dead = "deadLetter" in q ? q.deadLetter : undefined;
    const oldest = byName.get(q.name)?.oldest;
    return {
      queue: q.name,
      waiting: count(q.name, "waiting"),
      scheduled: count(q.name, "scheduled"),
      active: count(q.name, "active"),
      retrying: count(q.name, "retrying"),
      failed: count(q.name, "failed"),
      deadLettered: dead ? count(dead, "waiting") + count(dead, "scheduled") : 0,
      oldestWaitingSeconds: oldest == null ? null : Math.round(Number(oldest)),
    };
  });
}
