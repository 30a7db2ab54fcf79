import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fetchMedia } from "@/lib/net/safe-fetch";
import { randomKey, type StorageDriver } from "@/lib/storage/types";
import type { ClaimedGeneration } from "./claim-due";

export interface MirrorDeps {
  db: PrismaClient;
  storage: StorageDriver;
  policy: Parameters<typeof fetchMedia>[1];
}

/**
 * Copies a finished video from the provider's CDN into our storage and records it as an asset,
 * so the gallery never depends on the provider's URL staying alive. Only allowed hosts are
 * fetched, with a size cap. Returns the asset id.
 */
export async function mirrorVideo(
  deps: MirrorDeps,
  g: Pick<ClaimedGeneration, "id" | "workspaceId" | "providerVideoUrl">,
) {
  if (!g.providerVideoUrl) throw new Error(`Generation ${g.id} has no video URL to copy.`);
  const media = await fetchMedia(g.providerVideoUrl, deps.policy);
  const key = randomKey("videos", "mp4");
  await deps.storage.put(key, media.body, { contentType: "video/mp4", contentLength: media.size });
  const asset = await deps.db.asset.create({
    data: {
      workspaceId: g.workspaceId,
      kind: "video",
      storageKey: key,
      contentType: "video/mp4",
      sizeBytes: media.size,
      checksum: createHash("sha256").update(media.body).digest("hex"),
    },
    select: { id: true },
  });
  return asset.id;
}
