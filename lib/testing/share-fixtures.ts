import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { createGeneration } from "./generation-fixtures";

/** A finished video whose copy is in storage (an asset row; the bytes are not needed to share it). */
export async function storedVideo(
  db: PrismaClient,
  data: { workspaceId: string; creatorId: string; prompt?: string },
) {
  const asset = await db.asset.create({
    data: {
      workspaceId: data.workspaceId,
      kind: "video",
      storageKey: `videos/${randomUUID()}.mp4`,
      posterKey: `posters/${randomUUID()}.webp`,
      contentType: "video/mp4",
      sizeBytes: 1000,
      width: 848,
      height: 480,
      checksum: "0".repeat(64),
    },
  });
  return createGeneration(db, { ...data, state: "ready", videoAssetId: asset.id });
}
