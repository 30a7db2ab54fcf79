import "server-only";
import { can } from "@/lib/workspaces/permissions";
import { AppError } from "@/lib/errors";
import { deletedAtAfterNoChange, RESTORE_WINDOW_MS, type DeleteGenerationOptions } from "./delete-generation";

export type RestoreGenerationOptions = DeleteGenerationOptions;

/** Undo of a delete: whoever may delete a video may bring it back, within 24 hours. */
export async function restoreGeneration(options: RestoreGenerationOptions): Promise<{ id: string }> {
  const { db, workspaceId, id, userId, role } = options;
  if (!can(role, "generations.delete.own")) throw new AppError("forbidden", "Viewers cannot restore videos.");
  const cutoff = new Date((options.now ?? new Date()).getTime() - RESTORE_WINDOW_MS);
  const ownOnly = can(role, "generations.delete.any") ? {} : { creatorId: userId };
  const { count } = await db.generation.updateMany({
    where: { id, workspaceId, deletedAt: { gte: cutoff }, ...ownOnly },
    data: { deletedAt: null },
  });
  if (count === 1) return { id };

  // Not deleted (a double click on Undo): same answer.
  if (!(await deletedAtAfterNoChange(options, "restore"))) return { id };
  throw new AppError("conflict", "It was deleted more than 24 hours ago and can no longer be restored.");
}
