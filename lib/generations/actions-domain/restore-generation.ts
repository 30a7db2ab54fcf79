import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { hasRole, type Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { canDeleteGeneration } from "./can-delete-generation";
import { RESTORE_WINDOW_MS } from "./delete-generation";

export interface RestoreGenerationOptions {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  userId: string;
  role: Role;
  now?: Date;
}

/** Undo of a delete: whoever may delete a video may bring it back, within 24 hours. */
export async function restoreGeneration(options: RestoreGenerationOptions): Promise<{ id: string }> {
  const { db, workspaceId, id, userId, role } = options;
  if (!hasRole(role, "member")) throw new AppError("forbidden", "Viewers cannot restore videos.");
  const cutoff = new Date((options.now ?? new Date()).getTime() - RESTORE_WINDOW_MS);
  const ownOnly = hasRole(role, "admin") ? {} : { creatorId: userId };
  const { count } = await db.generation.updateMany({
    where: { id, workspaceId, deletedAt: { gte: cutoff }, ...ownOnly },
    data: { deletedAt: null },
  });
  if (count === 1) return { id };

  const row = await db.generation.findFirst({
    where: { id, workspaceId },
    select: { creatorId: true, deletedAt: true },
  });
  if (!row) throw new AppError("not_found", "No such generation in this workspace.");
  if (!canDeleteGeneration({ userId, role }, row.creatorId))
    throw new AppError("forbidden", "Only its creator or a workspace admin can restore this video.");
  if (!row.deletedAt) return { id };
  throw new AppError("conflict", "It was deleted more than 24 hours ago and can no longer be restored.");
}
