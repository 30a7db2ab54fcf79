import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordActivity } from "./record-activity";

/** Renames a workspace (the guard has checked `workspace.rename`). */
export async function renameWorkspace(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; name: string },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { name: true },
    });
    const workspace = await tx.workspace.update({
      where: { id: input.workspaceId },
      data: { name: input.name },
      select: { id: true, name: true },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "workspace.renamed",
      subject: input.name,
      detail: { from: before.name },
    });
    return workspace;
  });
}
