"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { generationSettingsSchema } from "@/lib/grok/settings-schema";
import { BATCH_SIZES } from "@/lib/generations/batch";
import { BULK_MAX, bulkTooMany } from "@/lib/generations/bulk-limits";
import { compareIdsSchema } from "@/lib/generations/compare-ids";
import { pickTake } from "@/lib/generations/pick-take";
import { cancelGeneration } from "@/lib/generations/cancel-generation";
import { copyNow } from "@/lib/generations/copy-now";
import { deleteGeneration } from "@/lib/generations/delete-generation";
import { deleteGenerations } from "@/lib/generations/delete-generations";
import { setFavorite } from "@/lib/generations/favorite-generation";
import { setFavorites } from "@/lib/generations/favorite-generations";
import { restoreGeneration } from "@/lib/generations/restore-generation";
import { restoreGenerations } from "@/lib/generations/restore-generations";
import { submitBatch } from "@/lib/generations/submit-batch";
import { lifecycleDeps } from "@/lib/generations/wiring";
import { appJobs } from "@/lib/jobs/engine";
import { workspaceAction } from "./safe-action";

// Every server action on generations: submit and cancel, then one video, then a selection.

const submitSchema = z.object({
  settings: generationSettingsSchema,
  idempotencyKey: z.uuid({ message: "The request key is missing; reload the page and try again." }),
  remixedFromId: z.string().max(64).nullish(),
  // "×1 ×2 ×4": that many videos with these settings, all counted against the quotas at once.
  count: z
    .union(
      BATCH_SIZES.map((n) => z.literal(n)),
      { error: "Choose 1, 2 or 4 videos." },
    )
    .default(1),
});

export const submitGenerationAction = workspaceAction(
  submitSchema,
  "generations.create",
  async (input, ctx) =>
    submitBatch(lifecycleDeps(await appJobs()), {
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      ...input,
    }),
);

export const cancelGenerationAction = workspaceAction(
  z.object({ id: z.string().trim().min(1).max(64) }),
  "generations.cancel.own",
  ({ id }, ctx) =>
    cancelGeneration({ db, workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role }),
);

const generationId = z.string().trim().min(1, "Which video?").max(64);

/** "Try now" on a copy that failed: runs it at once (its creator or an admin). */
export const copyNowAction = workspaceAction(
  z.object({ id: generationId }),
  "generations.create",
  async ({ id }, ctx) =>
    copyNow(
      { db, jobs: await appJobs() },
      { workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role },
    ),
);

export const setFavoriteAction = workspaceAction(
  z.object({ id: generationId, favorite: z.boolean() }),
  "generations.favorite",
  ({ id, favorite }, ctx) => setFavorite({ db, workspaceId: ctx.workspace.id, id, favorite }),
);

export const deleteGenerationAction = workspaceAction(
  z.object({ id: generationId }),
  "generations.delete.own",
  ({ id }, ctx) =>
    deleteGeneration({ db, workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role }),
);

export const restoreGenerationAction = workspaceAction(
  z.object({ id: generationId }),
  "generations.delete.own",
  ({ id }, ctx) =>
    restoreGeneration({ db, workspaceId: ctx.workspace.id, id, userId: ctx.user.id, role: ctx.role }),
);

const ids = z
  .array(z.string().trim().min(1).max(64), { message: "Which videos?" })
  .min(1, "Select at least one video.")
  .superRefine((list, ctx) => {
    if (list.length > BULK_MAX) ctx.addIssue({ code: "custom", message: bulkTooMany(list.length) });
  });

/** "Pick this one" in compare: `among` is the set compared (the chosen one included). */
export const pickTakeAction = workspaceAction(
  z.object({ id: generationId, among: compareIdsSchema }),
  "generations.favorite",
  ({ id, among }, ctx) => pickTake({ db, workspaceId: ctx.workspace.id, userId: ctx.user.id, id, among }),
);

export const setFavoritesAction = workspaceAction(
  z.object({ ids, favorite: z.boolean() }),
  "generations.favorite",
  ({ ids, favorite }, ctx) => setFavorites({ db, workspaceId: ctx.workspace.id, ids, favorite }),
);

export const deleteGenerationsAction = workspaceAction(
  z.object({ ids }),
  "generations.delete.own",
  ({ ids }, ctx) =>
    deleteGenerations({ db, workspaceId: ctx.workspace.id, ids, userId: ctx.user.id, role: ctx.role }),
);

export const restoreGenerationsAction = workspaceAction(
  z.object({ ids }),
  "generations.delete.own",
  ({ ids }, ctx) =>
    restoreGenerations({ db, workspaceId: ctx.workspace.id, ids, userId: ctx.user.id, role: ctx.role }),
);
