"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { setFavorite } from "@/lib/generations/favorite-generation";
import { deleteGeneration } from "@/lib/generations/delete-generation";
import { restoreGeneration } from "@/lib/generations/restore-generation";
import { workspaceAction } from "./safe-action";

const generationId = z.string().trim().min(1, "Which video?").max(64);

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
