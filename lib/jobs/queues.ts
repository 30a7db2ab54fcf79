import type PgBoss from "pg-boss";

/**
 * Every queue of the job engine, with its retry, expiry and dead-letter settings — the one place
 * they are declared. Jobs carry ids only: the `Generation` row and its state machine stay the
 * source of truth, so a job that runs twice (a worker killed mid-job) changes nothing twice.
 */
export const QUEUES = {
  /**
   * Wake-ups of the dispatcher, which fills the upstream token's free slots from the queued
   * generations, fairly. `short`: one waiting wake-up per key is enough ("now", "later").
   */
  dispatch: { name: "dispatch", policy: "short", retryLimit: 3, retryDelay: 2, expireInSeconds: 120 },
  /**
   * One delayed poll per pending generation (`singletonKey` = its id). `stately`: one waiting and
   * one running per generation, so a task is read by one worker at a time. A poll takes a read or
   * two (15 s timeouts): one still running after a minute belonged to a worker that died.
   * Called "check" before; jobs left in that queue by an older release are not lost: `recover`
   * gives every overdue pending generation a new poll within a minute.
   */
  poll: {
    name: "poll",
    policy: "stately",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 60,
    deadLetter: "poll-dead",
  },
  /**
   * Copies a finished video into storage and makes its poster. Its expiry (set from the fetch
   * timeout when the engine starts: twice it plus a minute) is longer than any copy may take, so
   * a slow copy is never taken over by a second worker midway.
   */
  mirror: {
    name: "mirror",
    policy: "stately",
    retryLimit: 7,
    retryDelay: 10,
    retryBackoff: true,
    expireInSeconds: 300,
    deadLetter: "mirror-dead",
  },
  /** Periodic: unused uploads and the files of deleted generations; overdue rows get new jobs. */
  cleanup: { name: "cleanup", policy: "short", retryLimit: 1, expireInSeconds: 600 },
  recover: { name: "recover", policy: "short", retryLimit: 1, expireInSeconds: 120 },
  /** Inbox mail: one job wakes the mailer for one person, who gets what waits as one mail. */
  notify: {
    name: "notify",
    retryLimit: 5,
    retryDelay: 30,
    retryBackoff: true,
    expireInSeconds: 120,
    deadLetter: "notify-dead",
  },
  /**
   * Looks at a running storyboard (lib/storyboards/advance-run.ts): sends the shots that can go,
   * then books the next look. `short`: one waiting look per storyboard, but never held behind a
   * running one — a look killed with its process (kill -9) stays "active" until it expires, and
   * under `stately` the run stood still that long (a CI run caught it). Two looks at once are
   * harmless: each send's key derives from the shot's takes.
   */
  storyboard: {
    name: "storyboard",
    policy: "short",
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    expireInSeconds: 120,
    deadLetter: "storyboard-dead",
  },
  /**
   * Joins a storyboard's chosen takes into its film with ffmpeg (lib/storyboards/build-film.ts).
   * `short` for the same reason: a build killed mid-way must not hold the next for 30 minutes; a
   * build that finds the film no longer "building", or its takes changed, records nothing.
   */
  film: {
    name: "film",
    policy: "short",
    retryLimit: 2,
    retryDelay: 10,
    expireInSeconds: 1_800,
    deadLetter: "film-dead",
  },
} as const satisfies Record<string, PgBoss.Queue>;

/** Where jobs go after their last attempt; kept (not worked) so an operator can see them. */
export const DEAD_LETTER_QUEUES = [
  "poll-dead",
  "mirror-dead",
  "notify-dead",
  "storyboard-dead",
  "film-dead",
] as const;

export const CRON = {
  cleanup: "17 * * * *",
  recover: "* * * * *",
} as const;

/** Where pg-boss keeps its tables (outside Prisma's migrations). */
export const DEFAULT_SCHEMA = "pgboss";

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES]["name"];

/** Attempts a video copy gets before the card says "not saved" (the first run and its retries). */
export const MIRROR_ATTEMPTS = QUEUES.mirror.retryLimit + 1;

/** How fast a queue's failed jobs are tried again (never how often: retry limits stay as declared). */
export type QueuePacing = Partial<Record<QueueName, { retryDelay: number; retryBackoff: boolean }>>;

/** Creates the queues (idempotent) and applies their current settings. */
export async function declareQueues(
  boss: PgBoss,
  options: { mirrorExpireSeconds?: number; retryPacing?: QueuePacing } = {},
): Promise<void> {
  for (const name of DEAD_LETTER_QUEUES) await boss.createQueue(name, { name, retentionDays: 14 });
  for (const declared of Object.values(QUEUES)) {
    const queue: PgBoss.Queue = {
      ...declared,
      ...(declared.name === QUEUES.mirror.name && options.mirrorExpireSeconds
        ? { expireInSeconds: options.mirrorExpireSeconds }
        : {}),
      ...options.retryPacing?.[declared.name],
    };
    await boss.createQueue(queue.name, queue);
    await boss.updateQueue(queue.name, queue);
  }
}
