import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { StorageDriver } from "@/lib/storage/types";
import { RESTORE_WINDOW_MS } from "./delete-generation";
import { log } from "@/lib/log/logger";

/** Uploads no generation uses are kept this long (a draft may still use them), then deleted. */
export const UNUSED_UPLOAD_MS = 24 * 60 * 60 * 1000;

/** An asset's files: the upload or video, and a video's stills. */
interface StoredFiles {
  id: string;
  storageKey: string;
  posterKey: string | null;
  posterSmallKey: string | null;
}

export interface CleanupReport {
  uploads: number;
  videos: number;
}

/**
 * The `cleanup` job: deletes uploads that no generation, shot or cast member uses after a day, and the stored copies
 * of generations deleted longer ago than the undo window, files first and then their rows — a
 * file that could not be deleted keeps its row, and is tried again next time.
 */
export async function cleanupFiles(
  deps: { db: PrismaClient; storage: StorageDriver; now?: () => Date },
  { limit = 500 }: { limit?: number } = {},
): Promise<CleanupReport> {
  const now = deps.now?.() ?? new Date();
  const unused = await deps.db.$queryRaw<StoredFiles[]>`
    SELECT a.id, a."storageKey", a."posterKey", a."posterSmallKey" FROM "Asset" a
     WHERE a.kind = 'image' AND a."createdAt" < ${new Date(now.getTime() - UNUSED_UPLOAD_MS)}
       AND NOT EXISTS (SELECT 1 FROM "Generation" g
                        WHERE g."inputImageId" = a.id OR a.id = ANY(g."referenceImageIds"))
       AND NOT EXISTS (SELECT 1 FROM "Shot" s
                        WHERE s."startFrameAssetId" = a.id OR a.id = ANY(s."referenceImageIds"))
       AND NOT EXISTS (SELECT 1 FROM "Character" c WHERE c."deletedAt" IS NULL AND a.id = ANY(c."imageIds"))
     LIMIT ${limit}`;
  const expired = await deps.db.asset.findMany({
    where: {
      kind: "video",
      videoOf: { deletedAt: { lt: new Date(now.getTime() - RESTORE_WINDOW_MS) } },
    },
    select: { id: true, storageKey: true, posterKey: true, posterSmallKey: true },
    take: limit,
  });
  return { uploads: await remove(deps, unused), videos: await remove(deps, expired) };
}

async function remove(
  deps: { db: PrismaClient; storage: StorageDriver },
  assets: StoredFiles[],
): Promise<number> {
  let removed = 0;
  for (const asset of assets) {
    try {
      for (const key of [asset.storageKey, asset.posterKey, asset.posterSmallKey])
        if (key) await deps.storage.delete(key);
      await deps.db.asset.delete({ where: { id: asset.id } });
      removed++;
    } catch (error) {
      log.warn({ event: "cleanup.kept", assetId: asset.id, err: error }, "file kept for now");
    }
  }
  return removed;
}
