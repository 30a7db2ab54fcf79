import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/** Stars (or unstars) a selection: all of it, or nothing when any is not in this workspace. */
export async function setFavorites(options: {
  db: PrismaClient;
  workspaceId: string;
  ids: string[];
  favorite: boolean;
}) {
  const { db, workspaceId, favorite } = options;
  const ids = [...new Set(options.ids)];
  return db.$transaction(async (tx) => {
    const { count } = await tx.generation.updateMany({
      where: { id: { in: ids }, workspaceId, deletedAt: null },
      data: { favorite },
    });
    // Thrown inside the transaction, so a partial match changes nothing.
    if (count < ids.length)
      throw new AppError("not_found", "Some of these videos are not in this workspace.");
    return { ids, favorite };
  });
}
