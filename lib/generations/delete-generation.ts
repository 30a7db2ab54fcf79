import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { can, canTouchGeneration } from "@/lib/workspaces/permissions";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/workspaces/record-activity";

export const RESTORE_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface DeleteGenerationOptions {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  userId: string;
  role: Role;
  now?: Date;
}

export interface DeletedGeneration {
  id: string;
  deletedAt: string;
  restorableUntil: string;
}

/** Soft delete: the row (and what it cost) stays; it leaves the gallery and can be restored for 24 h. */
export async function deleteGeneration(options: DeleteGenerationOptions): Promise<DeletedGeneration> {
  const { db, workspaceId, id, userId, role } = options;
  if (!can(role, "generations.delete.own")) throw new AppError("forbidden", "Viewers cannot delete videos.");
  const now = options.now ?? new Date();
  const ownOnly = can(role, "generations.delete.any") ? {} : { creatorId: userId };
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.generation.updateMany({
      where: { id, workspaceId, deletedAt: null, ...ownOnly },
      data: { deletedAt: now },
    });
    if (count === 1) {
      const { prompt } = await tx.generation.findUniqueOrThrow({ where: { id }, select: { prompt: true } });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: "generation.deleted",
        subject: prompt,
      });
    }
    return count;
  });
  if (count === 1) return summary(id, now);

  const deletedAt = await deletedAtAfterNoChange(options, "delete");
  // Already deleted (a double click, a second tab): same answer, and the undo window is not extended.
  if (deletedAt) return summary(id, deletedAt);
  throw new AppError("conflict", "The video changed while deleting it; try again.");
}

/**
 * A delete or restore that changed nothing: says why without revealing anything outside this
 * workspace, or returns the row's deletion time (null when not deleted) for the caller to judge.
 */
export async function deletedAtAfterNoChange(
  { db, workspaceId, id, userId, role }: DeleteGenerationOptions,
  verb: "delete" | "restore",
): Promise<Date | null> {
  const row = await db.generation.findFirst({
    where: { id, workspaceId },
    select: { creatorId: true, deletedAt: true },
  });
  if (!row) throw new AppError("not_found", "No such generation in this workspace.");
  if (!canTouchGeneration({ userId, role }, row.creatorId, "delete"))
    throw new AppError("forbidden", `Only its creator or a workspace admin can ${verb} this video.`);
  return row.deletedAt;
}

const summary = (id: string, deletedAt: Date): DeletedGeneration => ({
  id,
  deletedAt: deletedAt.toISOString(),
  restorableUntil: new Date(deletedAt.getTime() + RESTORE_WINDOW_MS).toISOString(),
});
