import "server-only";
import { can, canTouchGeneration } from "@/lib/workspaces/permissions";
import { AppError } from "@/lib/errors";
import { RESTORE_WINDOW_MS } from "./delete-generation";
import type { DeleteGenerationsOptions } from "./delete-generations";

/** Undo of a bulk delete: the same checks, all or nothing, within the same 24 hours. */
export async function restoreGenerations(options: DeleteGenerationsOptions) {
  const { db, workspaceId, userId, role } = options;
  if (!can(role, "generations.delete.own")) throw new AppError("forbidden", "Viewers cannot restore videos.");
  const ids = [...new Set(options.ids)];
  const cutoff = new Date((options.now ?? new Date()).getTime() - RESTORE_WINDOW_MS);
  return db.$transaction(async (tx) => {
    const rows = await tx.generation.findMany({
      where: { id: { in: ids }, workspaceId },
      select: { id: true, creatorId: true, deletedAt: true },
    });
    if (rows.length < ids.length)
      throw new AppError("not_found", "Some of these videos are not in this workspace.");
    if (rows.some((r) => !canTouchGeneration({ userId, role }, r.creatorId, "delete")))
      throw new AppError("forbidden", "Only their creators or a workspace admin can restore these videos.");
    if (rows.some((r) => r.deletedAt && r.deletedAt < cutoff))
      throw new AppError(
        "conflict",
        "Some were deleted more than 24 hours ago and can no longer be restored.",
      );
    await tx.generation.updateMany({
      where: { id: { in: ids }, workspaceId, deletedAt: { gte: cutoff } },
      data: { deletedAt: null },
    });
    return { ids };
  });
}
