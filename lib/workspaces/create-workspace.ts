import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordActivity } from "./record-activity";
import { workspaceSlug } from "./slug";

/** A team workspace with its creator as owner, opened for them at once. */
export async function createWorkspace(db: PrismaClient, input: { userId: string; name: string }) {
  return db.$transaction(async (tx) => {
    const workspace = await tx.workspace.create({
      data: {
        name: input.name,
        slug: workspaceSlug(input.name),
        memberships: { create: { userId: input.userId, role: "owner" } },
      },
      select: { id: true, name: true },
    });
    await tx.user.update({ where: { id: input.userId }, data: { activeWorkspaceId: workspace.id } });
    await recordActivity(tx, {
      workspaceId: workspace.id,
      actorId: input.userId,
      action: "workspace.created",
      subject: workspace.name,
    });
    return workspace;
  });
}
