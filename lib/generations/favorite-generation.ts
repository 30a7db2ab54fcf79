import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

export interface SetFavoriteOptions {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  favorite: boolean;
}

/** Favourites belong to the workspace: one shared star per video. */
export async function setFavorite({ db, workspaceId, id, favorite }: SetFavoriteOptions) {
  const { count } = await db.generation.updateMany({
    where: { id, workspaceId, deletedAt: null },
    data: { favorite },
  });
  if (count === 0) throw new AppError("not_found", "No such generation in this workspace.");
  return { id, favorite };
}
