"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { BULK_MAX, bulkTooMany } from "@/lib/queries/bulk-limits";
import { deleteGenerations } from "@/lib/generations/delete-generations";
import { setFavorites } from "@/lib/generations/favorite-generations";
import { restoreGenerations } from "@/lib/generations/restore-generations";
import { workspaceAction } from "./safe-action";

const ids = z
  .array(z.string().trim().min(1).max(64), { message: "Which videos?" })
  .min(1, "Select at least one video.")
  .superRefine((list, ctx) => {
    if (list.length > BULK_MAX) ctx.addIssue({ code: "custom", message: bulkTooMany(list.length) });
  });

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
