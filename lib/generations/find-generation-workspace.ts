import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

/**
 * Which of the user's workspaces holds a generation (null when none does: another team's video
 * looks exactly like one that never existed). A link from a teammate opens even while the user
 * is working in another of their workspaces.
 */
export async function findGenerationWorkspace(
  db: PrismaClient,
  input: { userId: string; id: string },
): Promise<string | null> {
  const row = await db.generation.findFirst({
    where: { id: input.id, workspace: { memberships: { some: { userId: input.userId } } } },
    select: { workspaceId: true },
  });
  return row?.workspaceId ?? null;
}
