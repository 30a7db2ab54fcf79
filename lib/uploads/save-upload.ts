import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { randomKey, type StorageDriver } from "@/lib/storage";
import { processImageUpload } from "./process-image";
import { FILE_URL_SECONDS } from "@/lib/queries/file-urls";

export interface UploadedImageDto {
  id: string;
  /** Signed and short-lived, for this browser's thumbnail; relative with the local driver. */
  url: string;
  width: number;
  height: number;
  contentType: string;
  sizeBytes: number;
}

export interface SaveImageUploadInput {
  db: PrismaClient;
  storage: StorageDriver;
  workspaceId: string;
  userId: string;
  /** `name` and `type` come from the browser and are not trusted: the bytes decide. */
  file: { bytes: Buffer; name?: string; type?: string };
}

/** Checks and re-encodes an uploaded image, stores it under a random key and records its Asset. */
export async function saveImageUpload({
  db,
  storage,
  workspaceId,
  userId,
  file,
}: SaveImageUploadInput): Promise<UploadedImageDto> {
  const image = await processImageUpload(file.bytes);
  const storageKey = randomKey("uploads", image.ext);
  await storage.put(storageKey, image.data, {
    contentType: image.contentType,
    contentLength: image.sizeBytes,
  });

  let assetId: string;
  try {
    const asset = await db.asset.create({
      data: {
        workspaceId,
        ownerId: userId,
        kind: "image",
        storageKey,
        contentType: image.contentType,
        sizeBytes: image.sizeBytes,
        width: image.width,
        height: image.height,
        checksum: image.checksum,
      },
      select: { id: true },
    });
    assetId = asset.id;
  } catch (error) {
    // No row points at the object, so nothing would ever clean it up later.
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }

  return {
    id: assetId,
    url: await storage.signedUrl(storageKey, { expiresInSeconds: FILE_URL_SECONDS }),
    width: image.width,
    height: image.height,
    contentType: image.contentType,
    sizeBytes: image.sizeBytes,
  };
}
