import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { can, canTouchGeneration } from "@/lib/workspaces/permissions";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { RESTORE_WINDOW_MS } from "./delete-generation";

export interface DeleteGenerationsOptions {
  db: PrismaClient;
  workspaceId: string;
  ids: string[];
  userId: string;
  role: Role;
  now?: Date;
}

/**
 * Soft-deletes a selection in one transaction: all of it or none. Each video is checked as a
 * single delete is (its creator, or an admin); one the caller may not touch refuses the batch.
 * Ones already deleted are left as they are (a second click), so one Undo brings back the rest.
 */
export async function deleteGenerations(options: DeleteGenerationsOptions) {
  const { db, workspaceId, userId, role } = options;
  if (!can(role, "generations.delete.own")) throw new AppError("forbidden", "Viewers cannot delete videos.");
  const ids = [...new Set(options.ids)];
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const rows = await tx.generation.findMany({
      where: { id: { in: ids }, workspaceId },
      select: { id: true, creatorId: true, prompt: true, deletedAt: true },
    });
    if (rows.length < ids.length)
      throw new AppError("not_found", "Some of these videos are not in this workspace.");
    const others = rows.filter((r) => !canTouchGeneration({ userId, role }, r.creatorId, "delete"));
    if (others.length > 0)
      throw new AppError(
        "forbidden",
        `${others.length} of these videos ${others.length === 1 ? "is" : "are"} someone else's: only its creator or a workspace admin can delete it. Nothing was deleted.`,
      );
    const live = rows.filter((r) => r.deletedAt === null);
    await tx.generation.updateMany({
      where: { id: { in: live.map((r) => r.id) }, workspaceId, deletedAt: null },
      data: { deletedAt: now },
    });
    for (const row of live)
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: "generation.deleted",
        subject: row.prompt,
      });
    return {
      ids: live.map((r) => r.id),
      deletedAt: now.toISOString(),
      restorableUntil: new Date(now.getTime() + RESTORE_WINDOW_MS).toISOString(),
    };
  });
}
