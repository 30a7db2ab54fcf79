import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/**
 * Remembers on the server which workspace a user works in, so every device and new tab opens
 * there. Only a workspace they are a member of: the membership is checked in the same statement.
 */
export async function switchWorkspace(db: PrismaClient, input: { userId: string; workspaceId: string }) {
  const { count } = await db.user.updateMany({
    where: { id: input.userId, memberships: { some: { workspaceId: input.workspaceId } } },
    data: { activeWorkspaceId: input.workspaceId },
  });
  if (count === 0)
    throw new AppError("not_found", "This workspace does not exist, or you are not a member of it.");
  return { workspaceId: input.workspaceId };
}
