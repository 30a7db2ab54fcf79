import "server-only";
import type PgBoss from "pg-boss";
import { DEFAULT_SCHEMA, QUEUES } from "./queues";

/** Wakes the mailer for one person: it mails what waits in their inbox (lib/inbox/mail-inbox.ts). */
export type InboxMailJob = { userId: string };

/**
 * What the domain may ask of the job engine. Jobs name a generation by id; what to do is decided
 * from the row when the job runs, so asking twice is harmless.
 */
export interface Jobs {
  /** Wakes the dispatcher now, or at `at` (after a 429, when the earliest backoff ends). */
  dispatch(at?: Date): Promise<void>;
  /** Schedules the next poll of a pending generation (ignored if one is already waiting). */
  poll(generationId: string, at: Date): Promise<void>;
  /** Polls now, replacing a waiting poll (a callback arrived but the task could not be re-read). */
  pollNow(generationId: string): Promise<void>;
  /** Drops the waiting poll of a generation that is settled (its callback said so). */
  cancelPoll(generationId: string): Promise<void>;
  mirror(generationId: string): Promise<void>;
  /**
   * Wakes the inbox mailer for a person at `at` (later, so news arriving meanwhile goes out as one
   * mail). Waking twice is harmless: entries are claimed as they are mailed.
   */
  notify(userId: string, at?: Date): Promise<void>;
}

export type PollJob = { generationId: string };
export type MirrorJob = { generationId: string };

/** `Jobs` on a started pg-boss. */
export function bossJobs(boss: PgBoss, schema = DEFAULT_SCHEMA): Jobs {
  const waitingPolls = async (generationId: string): Promise<string[]> => {
    // pg-boss cancels by job id; the waiting poll is found by its singleton key (= generation id).
    const { rows } = await boss
      .getDb()
      .executeSql(
        `SELECT id FROM ${schema}.job WHERE name = $1 AND singleton_key = $2 AND state < 'active'`,
        [QUEUES.poll.name, generationId],
      );
    return rows.map((r: { id: string }) => r.id);
  };
  const cancelPoll = async (generationId: string) => {
    const ids = await waitingPolls(generationId);
    if (ids.length) await boss.cancel(QUEUES.poll.name, ids);
  };
  return {
    async dispatch(at) {
      await boss.send(
        QUEUES.dispatch.name,
        {},
        at ? { singletonKey: "later", startAfter: at } : { singletonKey: "now" },
      );
    },
    async poll(generationId, at) {
      await boss.send(QUEUES.poll.name, { generationId } satisfies PollJob, {
        singletonKey: generationId,
        startAfter: at,
      });
    },
    async pollNow(generationId) {
      await cancelPoll(generationId);
      await this.poll(generationId, new Date());
    },
    cancelPoll,
    async mirror(generationId) {
      await boss.send(QUEUES.mirror.name, { generationId } satisfies MirrorJob, {
        singletonKey: generationId,
      });
    },
    async notify(userId, at) {
      await boss.send(QUEUES.notify.name, { userId } satisfies InboxMailJob, at ? { startAfter: at } : {});
    },
  };
}
