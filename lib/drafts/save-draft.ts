import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { DraftInput } from "./draft-schema";

/**
 * Writes the caller's own draft for one workspace (one row per user and workspace; the key is
 * the caller's id, so nobody can write another's). A remix source outside this workspace is not
 * kept: lineage only ever points inside the workspace.
 */
export async function saveDraft(
  db: PrismaClient,
  input: { userId: string; workspaceId: string; draft: DraftInput },
): Promise<{ updatedAt: string }> {
  const { draft, userId, workspaceId } = input;
  const remixedFromId = draft.remixedFromId
    ? ((
        await db.generation.findFirst({
          where: { id: draft.remixedFromId, workspaceId, deletedAt: null },
          select: { id: true },
        })
      )?.id ?? null)
    : null;
  const data = { ...draft, referenceImageIds: [...new Set(draft.referenceImageIds)], remixedFromId };
  const row = await db.createDraft.upsert({
    where: { userId_workspaceId: { userId, workspaceId } },
    create: { userId, workspaceId, ...data },
    update: data,
    select: { updatedAt: true },
  });
  return { updatedAt: row.updatedAt.toISOString() };
}
