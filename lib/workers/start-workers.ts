import "server-only";
import type PgBoss from "pg-boss";
import { pollGenerations, type PollDeps } from "@/lib/generations/poll-generations";
import { cleanupFiles } from "@/lib/generations/cleanup-files";
import { addMissingSmallPosters } from "@/lib/generations/small-posters";
import { sweepThrottleHits } from "@/lib/security/sliding-window";
import { sweepHeartbeats } from "./heartbeat";
import { dispatchGenerations, type DispatchDeps } from "@/lib/generations/dispatch-generations";
import { mirrorGeneration, type MirrorGenerationDeps } from "@/lib/generations/mirror-generation";
import { recoverGenerations } from "@/lib/generations/recover-generations";
import { backgroundOrigin } from "@/lib/server/background-origin";
import { notificationHandler } from "./deliver-notifications";
import { wakeOverdueInboxMail } from "@/lib/inbox/mail-inbox";
import { env } from "@/lib/config/env";
import { bossJobs, type PollJob, type Jobs, type MirrorJob, type InboxMailJob } from "../jobs/enqueue";
import { CRON, QUEUES } from "../jobs/queues";
import { withLogContext } from "@/lib/log/context";
import { advanceRun } from "@/lib/storyboards/advance-run";
import { buildFilm } from "@/lib/storyboards/build-film";
import { keepTakeEndFrame } from "@/lib/storyboards/last-frame-asset";
import { recoverStoryboards } from "@/lib/storyboards/recover-storyboards";
import { bossStoryboardJobs, type StoryboardJob } from "@/lib/storyboards/storyboard-jobs";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type WorkerDeps = DispatchDeps & PollDeps & MirrorGenerationDeps;

export interface WorkerOptions {
  /** Due looks read together with one `retrieve_batch`. */
  pollBatchSize?: number;
  /** Videos copied at once by this process. */
  mirrorConcurrency?: number;
  /** How often an idle worker asks for jobs (pg-boss polls; 0.5 s at the least). */
  pollingIntervalSeconds?: number;
  /** pg-boss's schema, when not the default (tests give each file its own). */
  schema?: string;
}

export interface RunningWorkers {
  /** Stops taking jobs and waits for the ones in hand; the engine itself keeps running. */
  stop(): Promise<void>;
}

/**
 * Works every queue in this process. Handlers are thin: they pass ids to the lifecycle's verbs,
 * which decide from the rows what is due, so a job that runs again changes nothing twice.
 */
export async function startWorkers(
  boss: PgBoss,
  baseDeps: Omit<WorkerDeps, "jobs">,
  options: WorkerOptions = {},
): Promise<RunningWorkers> {
  const jobs = bossJobs(boss, options.schema);
  const deps: WorkerDeps & { jobs: Jobs } = { ...baseDeps, jobs };
  const storyboardJobs = bossStoryboardJobs(boss);
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
  // pg-boss's offWork does not wait for the handlers running; these counts let stop() do so.
  let running = 0;
  // Every log line a job writes names its queue (lib/log): with the generation id, it joins the
  // submit's lines to the send, the looks and the copy.
  const track =
    <A extends unknown[], R>(job: string, handler: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      running++;
      try {
        return await withLogContext({ job }, () => handler(...args));
      } finally {
        running--;
      }
    };

  await boss.work(
    QUEUES.dispatch.name,
    { pollingIntervalSeconds },
    track(QUEUES.dispatch.name, async () => {
      await dispatchGenerations(deps);
    }),
  );
  await boss.work<PollJob>(
    QUEUES.poll.name,
    { pollingIntervalSeconds, batchSize: options.pollBatchSize ?? 25 },
    track(QUEUES.poll.name, async (batch: PgBoss.Job<PollJob>[]) => {
      await pollGenerations(deps, [...new Set(batch.map((job) => job.data.generationId))]);
    }),
  );
  for (let i = 0; i < (options.mirrorConcurrency ?? 4); i++) {
    await boss.work<MirrorJob>(
      QUEUES.mirror.name,
      { pollingIntervalSeconds, includeMetadata: true },
      track(QUEUES.mirror.name, async ([job]: PgBoss.JobWithMetadata<MirrorJob>[]) => {
        if (!job) return;
        const lastAttempt = job.retryCount >= job.retryLimit;
        const outcome = await mirrorGeneration(deps, job.data.generationId, { lastAttempt });
        if (outcome === "mirrored") await keepTakeEndFrame(deps, job.data.generationId);
        return outcome;
      }),
    );
  }
  await boss.work<StoryboardJob>(
    QUEUES.storyboard.name,
    { pollingIntervalSeconds },
    track(QUEUES.storyboard.name, async ([job]: PgBoss.Job<StoryboardJob>[]) => {
      if (job) await advanceRun({ ...deps, storyboardJobs }, job.data.storyboardId);
    }),
  );
  await boss.work<StoryboardJob>(
    QUEUES.film.name,
    { pollingIntervalSeconds },
    track(QUEUES.film.name, async ([job]: PgBoss.Job<StoryboardJob>[]) => {
      if (job) await buildFilm(deps, job.data.storyboardId);
    }),
  );
  await boss.work(
    QUEUES.recover.name,
    track(QUEUES.recover.name, async () => {
      await recoverGenerations(deps);
      await recoverStoryboards({ db: deps.db, storyboardJobs });
      // The inbox's outbox: mail waiting past its delay with no wake-up queued (lib/inbox).
      await wakeOverdueInboxMail({
        db: deps.db,
        wake: (userId) => jobs.notify(userId),
        delaySeconds: env().INBOX_MAIL_DELAY_SECONDS,
      });
    }),
  );
  await boss.work(
    QUEUES.cleanup.name,
    track(QUEUES.cleanup.name, async () => {
      await cleanupFiles(deps);
      await addMissingSmallPosters(deps);
      await sweepThrottleHits(deps.db); // counts older than every throttle window
      await sweepHeartbeats(deps.db);
    }),
  );
  await boss.work<InboxMailJob>(
    QUEUES.notify.name,
    { pollingIntervalSeconds, batchSize: 50 },
    track(QUEUES.notify.name, notificationHandler(boss, { db: deps.db, origin: backgroundOrigin() })),
  );
  await boss.schedule(QUEUES.recover.name, CRON.recover);
  await boss.schedule(QUEUES.cleanup.name, CRON.cleanup);

  // Rows waiting from before this start (another process's, or from before the job engine).
  await recoverGenerations(deps, { all: true });
  await recoverStoryboards({ db: deps.db, storyboardJobs });

  return {
    async stop() {
      for (const queue of Object.values(QUEUES)) await boss.offWork(queue.name);
      // A fetch under way when the workers stopped may still hand over its jobs.
      await sleep(pollingIntervalSeconds * 1000 + 200);
      while (running > 0) await sleep(50);
    },
  };
}
