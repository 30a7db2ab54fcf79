"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { appJobs, jobEngine } from "@/lib/jobs/engine";
import { getStorage } from "@/lib/storage";
import { requestFilm } from "@/lib/storyboards/build-film";
import { addFilmToGallery } from "@/lib/storyboards/film-to-gallery";
import { createStoryboard, storyboardFromVideo } from "@/lib/storyboards/create-storyboard";
import {
  addShot,
  chooseTake,
  deleteStoryboard,
  removeShot,
  reorderShots,
  updateShot,
  updateStoryboard,
} from "@/lib/storyboards/edit-storyboard";
import { newTake, startRun, stopRun } from "@/lib/storyboards/run-storyboard";
import { bossStoryboardJobs } from "@/lib/storyboards/storyboard-jobs";
import {
  frameSchema,
  newStoryboardSchema,
  reorderSchema,
  shotPatchSchema,
  titleSchema,
} from "@/lib/storyboards/storyboard-schemas";
import { workspaceAction } from "./safe-action";

// Every server action on storyboards: make one, edit its shots, run it, make its film.

const id = (what: string) => z.string().trim().min(1, `Which ${what}?`).max(64);
const storyboardJobs = async () => bossStoryboardJobs(await jobEngine());

export const createStoryboardAction = workspaceAction(newStoryboardSchema, "storyboards.edit", (input, ctx) =>
  createStoryboard({ db, workspaceId: ctx.workspace.id, userId: ctx.user.id }, input),
);

/** "Continue this video": a two-shot storyboard that picks up from the video's last frame. */
export const continueVideoAction = workspaceAction(
  z.object({ generationId: id("video") }),
  "storyboards.edit",
  ({ generationId }, ctx) =>
    storyboardFromVideo({ db, workspaceId: ctx.workspace.id, userId: ctx.user.id }, generationId),
);

export const updateStoryboardAction = workspaceAction(
  z.object({
    storyboardId: id("storyboard"),
    title: titleSchema.optional(),
    frame: frameSchema.optional(),
    crossfade: z.boolean().optional(),
  }),
  "storyboards.edit",
  (input, ctx) => updateStoryboard({ db, workspaceId: ctx.workspace.id }, input),
);

export const deleteStoryboardAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  ({ storyboardId }, ctx) => deleteStoryboard({ db, workspaceId: ctx.workspace.id }, storyboardId),
);

export const addShotAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  ({ storyboardId }, ctx) => addShot({ db, workspaceId: ctx.workspace.id }, storyboardId),
);

export const updateShotAction = workspaceAction(shotPatchSchema, "storyboards.edit", (input, ctx) =>
  updateShot({ db, workspaceId: ctx.workspace.id }, input),
);

export const removeShotAction = workspaceAction(
  z.object({ shotId: id("shot") }),
  "storyboards.edit",
  ({ shotId }, ctx) => removeShot({ db, workspaceId: ctx.workspace.id }, shotId),
);

export const reorderShotsAction = workspaceAction(reorderSchema, "storyboards.edit", (input, ctx) =>
  reorderShots({ db, workspaceId: ctx.workspace.id }, input),
);

/** The take a shot's part of the film uses; a film already made is rebuilt with it. */
export const chooseTakeAction = workspaceAction(
  z.object({ shotId: id("shot"), takeId: id("take") }),
  "storyboards.edit",
  async (input, ctx) => {
    const { storyboardId, filmed } = await chooseTake({ db, workspaceId: ctx.workspace.id }, input);
    if (filmed)
      await requestFilm(
        { db, workspaceId: ctx.workspace.id, storyboardJobs: await storyboardJobs() },
        storyboardId,
      ).catch(
        () => undefined, // another shot has no ready take: the film says it is out of date
      );
  },
);

/** "Generate all" / "Resume". */
export const runStoryboardAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  async ({ storyboardId }, ctx) =>
    startRun(
      { db, storyboardJobs: await storyboardJobs() },
      { workspaceId: ctx.workspace.id, userId: ctx.user.id, storyboardId },
    ),
);

export const stopStoryboardAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  ({ storyboardId }, ctx) => stopRun({ db, workspaceId: ctx.workspace.id }, storyboardId),
);

export const newTakeAction = workspaceAction(
  z.object({
    storyboardId: id("storyboard"),
    shotId: id("shot"),
    idempotencyKey: z.uuid({ message: "The request key is missing; reload the page and try again." }),
    count: z
      .union([z.literal(1), z.literal(2), z.literal(4)], { error: "Choose 1, 2 or 4 takes." })
      .default(1),
  }),
  "storyboards.edit",
  async (input, ctx) =>
    newTake(
      { ...lifecycleDeps(await appJobs()), storage: getStorage() },
      { ...input, workspaceId: ctx.workspace.id, userId: ctx.user.id },
    ),
);

export const makeFilmAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  async ({ storyboardId }, ctx) =>
    requestFilm({ db, workspaceId: ctx.workspace.id, storyboardJobs: await storyboardJobs() }, storyboardId),
);

/** "Add to the gallery": the film as a video of the workspace (share, review, compare, download). */
export const addFilmToGalleryAction = workspaceAction(
  z.object({ storyboardId: id("storyboard") }),
  "storyboards.edit",
  ({ storyboardId }, ctx) =>
    addFilmToGallery(
      { db, storage: getStorage(), workspaceId: ctx.workspace.id, userId: ctx.user.id },
      storyboardId,
    ),
);
