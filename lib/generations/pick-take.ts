import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordActivity } from "@/lib/workspaces/record-activity";

/**
 * "Pick this one": marks the chosen take among the videos compared with it and clears the mark on
 * the others, in one transaction, so a set never has two picks. The others are left where they
 * are: sending them to the trash is a separate, undoable step (deleteGenerations).
 */
export async function pickTake(options: {
  db: PrismaClient;
  workspaceId: string;
  userId: string;
  id: string;
  among: readonly string[];
  now?: Date;
}): Promise<{ id: string; others: string[] }> {
  const { db, workspaceId, id } = options;
  const ids = [...new Set([id, ...options.among])];
  return db.$transaction(async (tx) => {
    const rows = await tx.generation.findMany({
      where: { id: { in: ids }, workspaceId, deletedAt: null },
      select: { id: true, prompt: true },
    });
    const picked = rows.find((r) => r.id === id);
    if (!picked || rows.length < ids.length)
      throw new AppError("not_found", "One of these videos was deleted or is not in this workspace.");
    const others = ids.filter((other) => other !== id);
    await tx.generation.updateMany({ where: { id: { in: others }, workspaceId }, data: { pickedAt: null } });
    await tx.generation.update({ where: { id }, data: { pickedAt: options.now ?? new Date() } });
    await recordActivity(tx, {
      workspaceId,
      actorId: options.userId,
      action: "generation.picked",
      subject: picked.prompt,
      detail: { generationId: id, among: ids.length },
    });
    return { id, others };
  });
}
