import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { ACTIVE_STATES } from "@/lib/generations/state-machine";

/**
 * Deletes a team workspace and everything in it (the guard has checked `workspace.delete`). The
 * caller types its name to confirm. Refused while a video is still being made: its task is paid
 * for and would finish with nowhere to land. Returns the storage keys to remove afterwards.
 */
export async function deleteWorkspace(
  db: PrismaClient,
  input: { workspaceId: string; confirmName: string },
): Promise<{ storageKeys: string[] }> {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { name: true, personal: true },
    });
    if (workspace.personal) throw new AppError("conflict", "A personal studio cannot be deleted.");
    if (input.confirmName.trim() !== workspace.name)
      throw new AppError("bad_request", `Type the workspace's name, “${workspace.name}”, to delete it.`);
    const running = await tx.generation.count({
      where: { workspaceId: input.workspaceId, state: { in: [...ACTIVE_STATES] } },
    });
    if (running > 0) {
      throw new AppError(
        "conflict",
        `${running} video${running === 1 ? " is" : "s are"} still being made here. Wait for them (or cancel those not sent yet), then delete.`,
      );
    }
    const assets = await tx.asset.findMany({
      where: { workspaceId: input.workspaceId },
      select: { storageKey: true, posterKey: true, posterSmallKey: true },
    });
    await tx.workspace.delete({ where: { id: input.workspaceId } });
    return {
      storageKeys: assets.flatMap((a) =>
        [a.storageKey, a.posterKey, a.posterSmallKey].filter((k) => k !== null),
      ),
    };
  });
}
