import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export interface ImageRef {
  id: string;
  url: string;
  width: number | null;
  height: number | null;
}

/** A generation's input and reference images with signed URLs for the browser, in their original order. */
export async function loadGenerationImages(
  db: PrismaClient,
  input: {
    workspaceId: string;
    inputImageId: string | null;
    referenceImageIds: string[];
    sign: (storageKey: string) => Promise<string>;
  },
): Promise<{ inputImage: ImageRef | null; referenceImages: ImageRef[] }> {
  const ids = [...(input.inputImageId ? [input.inputImageId] : []), ...input.referenceImageIds];
  if (ids.length === 0) return { inputImage: null, referenceImages: [] };
  const assets = await db.asset.findMany({
    where: { id: { in: ids }, workspaceId: input.workspaceId, kind: "image" },
    select: { id: true, storageKey: true, width: true, height: true },
  });
  const byId = new Map(
    await Promise.all(
      assets.map(
        async (a) =>
          [
            a.id,
            { id: a.id, url: await input.sign(a.storageKey), width: a.width, height: a.height },
          ] as const,
      ),
    ),
  );
  return {
    inputImage: input.inputImageId ? (byId.get(input.inputImageId) ?? null) : null,
    referenceImages: input.referenceImageIds.flatMap((id) => byId.get(id) ?? []),
  };
}
