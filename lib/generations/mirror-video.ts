import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { extractPoster, type Poster } from "@/lib/media/poster";
import { fetchMedia } from "@/lib/net/safe-fetch";
import { randomKey, type StorageDriver } from "@/lib/storage/types";
import type { ClaimedGeneration } from "./claim-due";

export interface MirrorDeps {
  db: PrismaClient;
  storage: StorageDriver;
  policy: Parameters<typeof fetchMedia>[1];
  /** Defaults to a frame grabbed with ffmpeg. */
  poster?: (video: Buffer) => Promise<Poster>;
}

/**
 * Copies a finished video from the provider's CDN into our storage and records it as an asset,
 * so the gallery never depends on the provider's URL staying alive. Only allowed hosts are
 * fetched, with a size cap. A poster frame is stored beside it so the gallery shows a still
 * without downloading any video; a video whose frame cannot be read is still kept. Returns the
 * asset id.
 */
export async function mirrorVideo(
  deps: MirrorDeps,
  g: Pick<ClaimedGeneration, "id" | "workspaceId" | "providerVideoUrl">,
) {
  if (!g.providerVideoUrl) throw new Error(`Generation ${g.id} has no video URL to copy.`);
  const media = await fetchMedia(g.providerVideoUrl, deps.policy);
  const key = randomKey("videos", "mp4");
  await deps.storage.put(key, media.body, { contentType: "video/mp4", contentLength: media.size });
  const poster = await storePoster(deps, media.body, g.id);
  const asset = await deps.db.asset
    .create({
      data: {
        workspaceId: g.workspaceId,
        kind: "video",
        storageKey: key,
        contentType: "video/mp4",
        sizeBytes: media.size,
        checksum: createHash("sha256").update(media.body).digest("hex"),
        posterKey: poster?.key ?? null,
        width: poster?.width ?? null,
        height: poster?.height ?? null,
      },
      select: { id: true },
    })
    .catch(async (error: unknown) => {
      // Without its row nothing would ever find these files again.
      await Promise.all([key, poster?.key].map((k) => k && deps.storage.delete(k).catch(() => undefined)));
      throw error;
    });
  return asset.id;
}

async function storePoster(deps: MirrorDeps, video: Buffer, generationId: string) {
  try {
    const poster = await (deps.poster ?? extractPoster)(video);
    const key = randomKey("posters", "webp");
    await deps.storage.put(key, poster.data, {
      contentType: poster.contentType,
      contentLength: poster.data.length,
    });
    return { key, width: poster.width, height: poster.height };
  } catch (error) {
    console.warn(
      `[mirror] no poster for generation ${generationId}:`,
      error instanceof Error ? error.message : error,
    );
    return null;
  }
}
