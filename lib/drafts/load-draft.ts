import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ASPECT_RATIOS, MODEL_IDS, RESOLUTIONS } from "@/lib/grok/catalog";
import type { DraftDto, DraftImage } from "./draft-schema";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | null =>
  values.includes(value as T) ? (value as T) : null;

/**
 * The caller's own draft in one workspace, or null. Images that are gone (or not this
 * workspace's) are left out and counted, never an error; a remix source that was deleted ends
 * the remix.
 */
export async function loadDraft(
  db: PrismaClient,
  input: { userId: string; workspaceId: string; sign: (storageKey: string) => Promise<string> },
): Promise<DraftDto | null> {
  const row = await db.createDraft.findUnique({
    where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
    include: { remixedFrom: { select: { id: true, prompt: true, workspaceId: true, deletedAt: true } } },
  });
  if (!row) return null;
  const ids = [...(row.inputImageId ? [row.inputImageId] : []), ...row.referenceImageIds];
  const assets = ids.length
    ? await db.asset.findMany({
        where: { id: { in: ids }, workspaceId: input.workspaceId, kind: "image" },
        select: { id: true, storageKey: true, width: true, height: true },
      })
    : [];
  const byId = new Map<string, DraftImage>(
    await Promise.all(
      assets.map(
        async (a) =>
          [
            a.id,
            { id: a.id, url: await input.sign(a.storageKey), width: a.width ?? 0, height: a.height ?? 0 },
          ] as const,
      ),
    ),
  );
  const inputImage = row.inputImageId ? (byId.get(row.inputImageId) ?? null) : null;
  const referenceImages = row.referenceImageIds.flatMap((id) => byId.get(id) ?? []);
  const source = row.remixedFrom;
  return {
    prompt: row.prompt,
    model: oneOf(MODEL_IDS, row.model),
    aspectRatio: oneOf(ASPECT_RATIOS, row.aspectRatio),
    resolution: oneOf(RESOLUTIONS, row.resolution),
    durationSec: row.durationSec,
    inputImage,
    referenceImages,
    remix:
      source && source.workspaceId === input.workspaceId && !source.deletedAt
        ? { id: source.id, prompt: source.prompt }
        : null,
    droppedImages: ids.length - (inputImage ? 1 : 0) - referenceImages.length,
    updatedAt: row.updatedAt.toISOString(),
  };
}
