import "server-only";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { extractLastFrame } from "@/lib/media/last-frame";
import { stableKey, type StorageDriver } from "@/lib/storage";
import { createHash } from "node:crypto";
import { downloadObject } from "@/lib/storage/download-object";
import { log } from "@/lib/log/logger";

/** Where a take's last frame is kept: one per take, whoever took it first. */
export const lastFrameKey = (takeId: string) => stableKey("frames", "png", takeId);

/**
 * The exact last frame of a take, stored once as an image of its workspace (the key derives from
 * the take, so a run that dies midway and runs again reuses it). It is the next shot's first
 * frame: sent as `image_url`, and shown on that shot.
 */
export async function lastFrameAsset(
  deps: { db: PrismaClient; storage: StorageDriver },
  take: { id: string; workspaceId: string; creatorId: string; videoStorageKey: string },
): Promise<string> {
  const storageKey = lastFrameKey(take.id);
  const existing = await deps.db.asset.findUnique({ where: { storageKey }, select: { id: true } });
  if (existing) return existing.id;

  const dir = await mkdtemp(path.join(tmpdir(), "shot-frame-"));
  try {
    const video = path.join(dir, "take.mp4");
    await downloadObject(deps.storage, take.videoStorageKey, video);
    const frame = await extractLastFrame(video);
    await deps.storage.put(storageKey, frame.data, {
      contentType: frame.contentType,
      contentLength: frame.data.length,
    });
    const asset = await deps.db.asset
      .create({
        data: {
          workspaceId: take.workspaceId,
          ownerId: take.creatorId,
          kind: "image",
          storageKey,
          contentType: frame.contentType,
          sizeBytes: frame.data.length,
          width: frame.width,
          height: frame.height,
          checksum: createHash("sha256").update(frame.data).digest("hex"),
        },
        select: { id: true },
      })
      .catch(async (error: unknown) => {
        // Another run stored the same frame first (same key, same bytes).
        if (!isUniqueViolation(error)) throw error;
        return deps.db.asset.findUniqueOrThrow({ where: { storageKey }, select: { id: true } });
      });
    return asset.id;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * After a take of a shot is copied into our storage: its last frame is taken at once, so the shot
 * shows where it ends (beside where it starts) and the next shot's run finds it ready. Best effort:
 * the copy succeeded whatever happens here, and a run that needs the frame takes it itself.
 */
export async function keepTakeEndFrame(
  deps: { db: PrismaClient; storage: StorageDriver },
  generationId: string,
): Promise<void> {
  const take = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: {
      id: true,
      shotId: true,
      workspaceId: true,
      creatorId: true,
      videoAsset: { select: { storageKey: true } },
    },
  });
  if (!take?.shotId || !take.videoAsset) return;
  await lastFrameAsset(deps, { ...take, videoStorageKey: take.videoAsset.storageKey }).catch(
    (error: unknown) =>
      log.warn(
        { event: "storyboard.end-frame-failed", generationId, err: error },
        "no end frame for the take",
      ),
  );
}
