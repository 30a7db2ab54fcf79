import "server-only";
import type PgBoss from "pg-boss";
import { DEFAULT_SCHEMA, QUEUES } from "./queues";

export type Notification =
  | { kind: "generation_ready" | "generation_failed"; generationId: string }
  /** A mail to someone named in a comment; the job's id is the mention's, so it is queued once. */
  | { kind: "comment_mention"; mentionId: string };

/**
 * What the domain may ask of the job engine. Jobs name a generation by id; what to do is decided
 * from the row when the job runs, so asking twice is harmless.
 */
export interface Jobs {
  /** Wakes the dispatcher now, or at `at` (after a 429, when the earliest backoff ends). */
  dispatch(at?: Date): Promise<void>;
  /** Schedules the next look at a pending generation (ignored if one is already waiting). */
  check(generationId: string, at: Date): Promise<void>;
  /** Looks now, replacing a waiting look (a callback arrived but the task could not be re-read). */
  checkNow(generationId: string): Promise<void>;
  /** Drops the waiting look of a generation that is settled (its callback said so). */
  cancelCheck(generationId: string): Promise<void>;
  mirror(generationId: string): Promise<void>;
  /** With `key` (a UUID) as the job's id: the same key queued twice is one job. */
  notify(notification: Notification, options?: { key?: string }): Promise<void>;
}

export type CheckJob = { generationId: string };
export type MirrorJob = { generationId: string };

/** `Jobs` on a started pg-boss. */
export function bossJobs(boss: PgBoss, schema = DEFAULT_SCHEMA): Jobs {
  const waitingChecks = async (generationId: string): Promise<string[]> => {
    // pg-boss cancels by job id; the waiting look is found by its singleton key (= generation id).
    const { rows } = await boss
      .getDb()
      .executeSql(
        `SELECT id FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active'`,
        [QUEUES.check.name, generationId],
      );
    return rows.map((r: { id: string }) => r.id);
  };
  const cancelCheck = async (generationId: string) => {
    const ids = await waitingChecks(generationId);
    if (ids.length) await boss.cancel(QUEUES.check.name, ids);
  };
  return {
    async dispatch(at) {
      await boss.send(
        QUEUES.dispatch.name,
        {},
        at ? { singletonKey: "later", startAfter: at } : { singletonKey: "now" },
      );
    },
    async check(generationId, at) {
      await boss.send(QUEUES.check.name, { generationId } satisfies CheckJob, {
        singletonKey: generationId,
        startAfter: at,
      });
    },
    async checkNow(generationId) {
      await cancelCheck(generationId);
      await this.check(generationId, new Date());
    },
    cancelCheck,
    async mirror(generationId) {
      await boss.send(QUEUES.mirror.name, { generationId } satisfies MirrorJob, {
        singletonKey: generationId,
      });
    },
    async notify(notification, options) {
      await boss.send(QUEUES.notify.name, notification, options?.key ? { id: options.key } : {});
    },
  };
}
