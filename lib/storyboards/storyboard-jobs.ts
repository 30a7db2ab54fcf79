import type PgBoss from "pg-boss";
import { QUEUES } from "@/lib/jobs/queues";

/** What storyboards ask of the job engine: a look at a run, a film to (re)build. Ids only. */
export interface StoryboardJobs {
  /** A look at a running storyboard now, or at `at` (one waiting look per storyboard). */
  advance(storyboardId: string, at?: Date): Promise<void>;
  /** Joins the chosen takes into the film (one waiting build per storyboard). */
  buildFilm(storyboardId: string): Promise<void>;
}

export type StoryboardJob = { storyboardId: string };

export function bossStoryboardJobs(boss: PgBoss): StoryboardJobs {
  return {
    async advance(storyboardId, at) {
      await boss.send(QUEUES.storyboard.name, { storyboardId } satisfies StoryboardJob, {
        singletonKey: storyboardId,
        ...(at ? { startAfter: at } : {}),
      });
    },
    async buildFilm(storyboardId) {
      await boss.send(QUEUES.film.name, { storyboardId } satisfies StoryboardJob, {
        singletonKey: storyboardId,
      });
    },
  };
}
