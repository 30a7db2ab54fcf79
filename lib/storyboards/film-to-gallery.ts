import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import type { StorageDriver } from "@/lib/storage";
import { copyObject } from "@/lib/storage/copy-object";
import { log } from "@/lib/log/logger";
import { readChapters, type Chapter } from "./chapters";

/** One gallery video per cut of a film: adding the same cut again finds it. */
export const filmGalleryKey = (filmAssetId: string) => `film:${filmAssetId}`;

/**
 * "Add to the gallery": the storyboard's film, as it is now, becomes a video of the workspace —
 * its own copy of the file and poster (a rebuilt film or a deleted storyboard leaves it as it
 * is), so it has a page, a share link, review at a moment, compare and download like any video.
 * Nothing is sent upstream and nothing is counted against a quota: its shots were counted when
 * they were made. Adding the same cut twice returns the same video (and brings it back from the
 * bin); a new cut is a new video.
 */
export async function addFilmToGallery(
  deps: { db: PrismaClient; storage: StorageDriver; workspaceId: string; userId: string },
  storyboardId: string,
): Promise<{ generationId: string; added: boolean }> {
  const board = await deps.db.storyboard.findFirst({
    where: { id: storyboardId, workspaceId: deps.workspaceId, deletedAt: null },
    select: {
      title: true,
      model: true,
      aspectRatio: true,
      resolution: true,
      filmState: true,
      filmChapters: true,
      filmTakeIds: true,
      film: {
        select: {
          id: true,
          storageKey: true,
          posterKey: true,
          contentType: true,
          sizeBytes: true,
          width: true,
          height: true,
          checksum: true,
        },
      },
    },
  });
  if (!board) throw new AppError("not_found", "That storyboard is not in this workspace.");
  const film = board.film;
  if (board.filmState !== "ready" || !film)
    throw new AppError("conflict", "Make the film first: there is no finished film to add yet.");

  const idempotencyKey = filmGalleryKey(film.id);
  const existing = await deps.db.generation.findUnique({
    where: { workspaceId_idempotencyKey: { workspaceId: deps.workspaceId, idempotencyKey } },
    select: { id: true, deletedAt: true },
  });
  if (existing) {
    if (existing.deletedAt)
      await deps.db.generation.update({ where: { id: existing.id }, data: { deletedAt: null } });
    return { generationId: existing.id, added: false };
  }

  const chapters = readChapters(board.filmChapters);
  const durationSec = await filmSeconds(deps.db, chapters ?? [], board.filmTakeIds);
  // The files first (they cannot be in a transaction); removed again if the rows are not written.
  const written: string[] = [];
  try {
    const storageKey = await copyObject(deps.storage, film.storageKey);
    written.push(storageKey);
    const posterKey = film.posterKey ? await copyObject(deps.storage, film.posterKey) : null;
    if (posterKey) written.push(posterKey);
    const now = new Date();
    const generationId = await deps.db.$transaction(async (tx) => {
      const asset = await tx.asset.create({
        data: {
          workspaceId: deps.workspaceId,
          ownerId: deps.userId,
          kind: "video",
          storageKey,
          posterKey,
          contentType: film.contentType,
          sizeBytes: film.sizeBytes,
          width: film.width,
          height: film.height,
          checksum: film.checksum,
        },
        select: { id: true },
      });
      const g = await tx.generation.create({
        data: {
          workspaceId: deps.workspaceId,
          creatorId: deps.userId,
          prompt: board.title,
          model: board.model,
          aspectRatio: board.aspectRatio,
          resolution: board.resolution,
          durationSec,
          // A moment of the film names its shot (comments, their marks).
          chapters: chapters ? (chapters as unknown as Prisma.InputJsonValue) : undefined,
          idempotencyKey,
          state: "ready",
          videoAssetId: asset.id,
          createdAt: now,
          finishedAt: now,
        },
        select: { id: true },
      });
      await tx.asset.update({ where: { id: asset.id }, data: { generationId: g.id } });
      return g.id;
    });
    written.length = 0;
    log.info({ event: "storyboard.film-added", storyboardId, generationId }, "film added to the gallery");
    return { generationId, added: true };
  } catch (error) {
    // Another press added the same cut first: that video is the answer.
    if (!isUniqueViolation(error)) throw error;
    const first = await deps.db.generation.findUniqueOrThrow({
      where: { workspaceId_idempotencyKey: { workspaceId: deps.workspaceId, idempotencyKey } },
      select: { id: true },
    });
    return { generationId: first.id, added: false };
  } finally {
    for (const key of written)
      await deps.storage
        .delete(key)
        .catch((err: unknown) => log.warn({ event: "storage.orphan", err, key }, "copy left behind"));
  }
}

/** Where the last shot starts plus that take's length: the film's own length, in whole seconds. */
async function filmSeconds(db: PrismaClient, chapters: Chapter[], takeIds: string[]): Promise<number> {
  const lastTake = takeIds.at(-1);
  const last = lastTake
    ? await db.generation.findUnique({ where: { id: lastTake }, select: { durationSec: true } })
    : null;
  return Math.max(1, Math.round((chapters.at(-1)?.startSec ?? 0) + (last?.durationSec ?? 0)));
}
