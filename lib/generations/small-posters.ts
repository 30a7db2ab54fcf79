import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { smallPoster } from "@/lib/media/small-poster";
import { POSTER_WIDTHS } from "@/lib/queries/poster-widths";
import { readSmallObject } from "@/lib/storage/read-object";
import { stableKey } from "@/lib/storage/keys";
import type { StorageDriver } from "@/lib/storage/types";
import { log } from "@/lib/log/logger";

/**
 * Stores the small still of a video beside its poster. Its key comes from the generation, so
 * a copy that runs twice writes the same object. Null when the poster is already that narrow.
 */
export async function storeSmallPoster(
  storage: StorageDriver,
  poster: Buffer,
  generationId: string,
): Promise<string | null> {
  const data = await smallPoster(poster);
  if (!data) return null;
  const key = stableKey("posters", "webp", `${generationId}:${POSTER_WIDTHS.small}`);
  await storage.put(key, data, { contentType: "image/webp", contentLength: data.length });
  return key;
}

/**
 * Part of the hourly upkeep: videos saved before posters came in two widths get their small one,
 * a batch at a time, oldest last (today's gallery first). A poster that cannot be read is left as
 * it is (the card then loads the large one) and tried again next hour.
 */
export async function addMissingSmallPosters(
  deps: { db: PrismaClient; storage: StorageDriver },
  { limit = 200 }: { limit?: number } = {},
): Promise<number> {
  const assets = await deps.db.asset.findMany({
    where: {
      kind: "video",
      posterKey: { not: null },
      posterSmallKey: null,
      generationId: { not: null },
      width: { gt: POSTER_WIDTHS.small },
    },
    select: { id: true, posterKey: true, generationId: true },
    orderBy: { createdAt: "desc" },
    take: limit,
  });
  let added = 0;
  for (const asset of assets) {
    try {
      const poster = await readSmallObject(deps.storage, asset.posterKey!);
      if (!poster) continue;
      const key = await storeSmallPoster(deps.storage, poster, asset.generationId!);
      if (!key) continue;
      // Only where no other run got there first (the key is the same object either way).
      const { count } = await deps.db.asset.updateMany({
        where: { id: asset.id, posterSmallKey: null },
        data: { posterSmallKey: key },
      });
      added += count;
    } catch (error) {
      log.warn(
        {
          event: "poster.small_failed",
          assetId: asset.id,
          reason: error instanceof Error ? error.message : String(error),
        },
        "small poster not made",
      );
    }
  }
  return added;
}
