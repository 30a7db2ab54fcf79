import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { assertImagesInWorkspace } from "@/lib/uploads/image-urls";

type Scope = { db: PrismaClient; workspaceId: string };

export interface CastMember {
  id: string;
  name: string;
  description: string;
  images: { id: string; url: string }[];
}

/** The workspace's cast, by name, with their pictures signed for the page. */
export async function listCast(
  deps: Scope & { sign: (storageKey: string) => Promise<string> },
): Promise<CastMember[]> {
  const cast = await deps.db.character.findMany({
    where: { workspaceId: deps.workspaceId, deletedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, description: true, imageIds: true },
  });
  const assets = await deps.db.asset.findMany({
    where: { id: { in: cast.flatMap((c) => c.imageIds) }, workspaceId: deps.workspaceId },
    select: { id: true, storageKey: true },
  });
  const keys = new Map(assets.map((a) => [a.id, a.storageKey]));
  return Promise.all(
    cast.map(async (c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      images: await Promise.all(
        c.imageIds.flatMap((id) =>
          keys.has(id) ? [deps.sign(keys.get(id)!).then((url) => ({ id, url }))] : [],
        ),
      ),
    })),
  );
}

type Fields = { name: string; description: string; imageIds: string[] };

/**
 * Saves a cast member (new, or `id` to change one). One live character per name in a workspace,
 * case-insensitive, so `@Mara` names exactly one: checked under the workspace's cast lock.
 */
export async function saveCharacter(
  deps: Scope & { userId: string },
  input: Fields & { id?: string },
): Promise<{ id: string }> {
  await assertImagesInWorkspace(deps.db, deps.workspaceId, { referenceImageIds: input.imageIds });
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`cast:${deps.workspaceId}`}))`;
    const clash = await tx.character.findFirst({
      where: {
        workspaceId: deps.workspaceId,
        deletedAt: null,
        name: { equals: input.name, mode: "insensitive" },
        ...(input.id ? { id: { not: input.id } } : {}),
      },
      select: { id: true },
    });
    if (clash) throw new AppError("conflict", `The cast already has @${input.name}. Choose another name.`);
    const data = { name: input.name, description: input.description, imageIds: input.imageIds };
    if (!input.id)
      return tx.character.create({
        data: { ...data, workspaceId: deps.workspaceId, creatorId: deps.userId },
        select: { id: true },
      });
    const updated = await tx.character.updateMany({
      where: { id: input.id, workspaceId: deps.workspaceId, deletedAt: null },
      data,
    });
    if (updated.count !== 1) throw new AppError("not_found", "That character is not in this workspace.");
    return { id: input.id };
  });
}

/** Removes a cast member; videos that named them keep what was sent. */
export async function removeCharacter(deps: Scope, id: string): Promise<void> {
  const removed = await deps.db.character.updateMany({
    where: { id, workspaceId: deps.workspaceId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (removed.count !== 1) throw new AppError("not_found", "That character is not in this workspace.");
}
