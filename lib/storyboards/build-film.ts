import "server-only";
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { videoSize } from "@/lib/grok/video-size";
import type { AspectRatio, Resolution } from "@/lib/grok/catalog";
import { joinClips } from "@/lib/media/join-clips";
import { extractPoster } from "@/lib/media/poster";
import { randomKey, type StorageDriver } from "@/lib/storage";
import { downloadObject } from "@/lib/storage/download-object";
import { log } from "@/lib/log/logger";
import { loadStoryboard, shotFacts } from "./load-facts";
import { shotStatuses } from "./shot-status";
import type { FilmChapter } from "./storyboard-dto";
import type { StoryboardJobs } from "./storyboard-jobs";

/** Seconds of the crossfade between shots, when the storyboard asks for one. */
export const CROSSFADE_SEC = 0.5;

/** The takes the film would use now, in order; throws when a shot has none ready. */
async function chosenTakes(db: PrismaClient, where: { id: string; workspaceId?: string }) {
  const board = await loadStoryboard(db, where);
  if (!board) throw new AppError("not_found", "That storyboard is not in this workspace.");
  const statuses = shotStatuses(board.shots.map(shotFacts), null);
  const missing = statuses.findIndex((s) => s.kind !== "ready");
  if (board.shots.length === 0) throw new AppError("conflict", "Add a shot first.");
  if (missing >= 0)
    throw new AppError("conflict", `Shot ${missing + 1} has no ready take yet: generate it first.`);
  return { board, takeIds: statuses.map((s) => (s.kind === "ready" ? s.take : "")) };
}

/** "Make the film": records what it is built from and queues the build (a repeat press queues nothing new). */
export async function requestFilm(
  deps: { db: PrismaClient; storyboardJobs: StoryboardJobs; workspaceId: string },
  storyboardId: string,
): Promise<void> {
  const { takeIds } = await chosenTakes(deps.db, { id: storyboardId, workspaceId: deps.workspaceId });
  await deps.db.storyboard.update({
    where: { id: storyboardId },
    data: { filmState: "building", filmTakeIds: takeIds, filmProgress: 0, filmError: null },
  });
  await deps.storyboardJobs.buildFilm(storyboardId);
}

/**
 * The `film` job: joins the takes the storyboard's shots use into one MP4 with sound (lib/media/
 * join-clips.ts), stores it with a poster, and records where each shot starts (chapters). A
 * take changed during the build leaves the result unrecorded (the newer request builds again);
 * the film it replaces is deleted once the new one is recorded.
 */
export async function buildFilm(deps: { db: PrismaClient; storage: StorageDriver }, storyboardId: string) {
  const found = await deps.db.storyboard.findFirst({
    where: { id: storyboardId, deletedAt: null, filmState: "building" },
    select: { id: true },
  });
  if (!found) return;
  let board, takeIds: string[];
  try {
    ({ board, takeIds } = await chosenTakes(deps.db, { id: storyboardId }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await deps.db.storyboard.update({
      where: { id: storyboardId },
      data: { filmState: "failed", filmError: message },
    });
    return;
  }
  const progress = (filmProgress: number) =>
    deps.db.storyboard.updateMany({
      where: { id: storyboardId, filmTakeIds: { equals: takeIds } },
      data: { filmProgress },
    });

  const dir = await mkdtemp(path.join(tmpdir(), "film-"));
  const keys: string[] = [];
  try {
    const takes = await deps.db.generation.findMany({
      where: { id: { in: takeIds } },
      select: { id: true, videoAsset: { select: { storageKey: true } } },
    });
    const clips: string[] = [];
    for (const [i, id] of takeIds.entries()) {
      const stored = takes.find((t) => t.id === id)?.videoAsset;
      if (!stored) throw new Error(`Shot ${i + 1}'s take is no longer stored.`);
      const file = path.join(dir, `take-${i}.mp4`);
      await downloadObject(deps.storage, stored.storageKey, file);
      clips.push(file);
      await progress(Math.round(((i + 1) / takeIds.length) * 40));
    }
    const frame = videoSize(board.aspectRatio as AspectRatio, board.resolution as Resolution);
    const output = path.join(dir, "film.mp4");
    const joined = await joinClips({
      clips,
      output,
      ...frame,
      fadeSec: board.filmCrossfade ? CROSSFADE_SEC : 0,
    });
    await progress(85);
    const key = randomKey("films", "mp4");
    const size = (await stat(output)).size;
    await deps.storage.put(key, createReadStream(output), { contentType: "video/mp4", contentLength: size });
    keys.push(key);
    const poster = await extractPoster({ file: output }).catch(() => null);
    const posterKey = poster ? randomKey("posters", "webp") : null;
    if (poster && posterKey) {
      await deps.storage.put(posterKey, poster.data, {
        contentType: poster.contentType,
        contentLength: poster.data.length,
      });
      keys.push(posterKey);
    }
    const chapters: FilmChapter[] = board.shots.map((shot, i) => ({
      shotId: shot.id,
      title: `Shot ${i + 1}${shot.prompt ? `: ${shot.prompt.slice(0, 60)}` : ""}`,
      startSec: Math.round(joined.starts[i]! * 1000) / 1000,
    }));
    const replaced = await deps.db.$transaction(async (tx) => {
      const current = await tx.storyboard.findUniqueOrThrow({
        where: { id: storyboardId },
        select: { filmAssetId: true, filmTakeIds: true, workspaceId: true, creatorId: true },
      });
      if (current.filmTakeIds.join() !== takeIds.join()) return undefined; // a newer request builds again
      const asset = await tx.asset.create({
        data: {
          workspaceId: current.workspaceId,
          ownerId: current.creatorId,
          kind: "video",
          storageKey: key,
          contentType: "video/mp4",
          sizeBytes: size,
          checksum: await fileChecksum(output),
          posterKey,
          width: poster?.width ?? frame.width,
          height: poster?.height ?? frame.height,
        },
        select: { id: true },
      });
      await tx.storyboard.update({
        where: { id: storyboardId },
        data: {
          filmAssetId: asset.id,
          filmState: "ready",
          filmProgress: 100,
          filmChapters: chapters as unknown as object,
          filmError: null,
        },
      });
      return current.filmAssetId;
    });
    if (replaced === undefined) return;
    keys.length = 0; // recorded: these files are the film's now
    if (replaced) await deleteFilmAsset(deps, replaced);
    log.info(
      { event: "storyboard.film-built", storyboardId, method: joined.method, seconds: joined.durationSec },
      "film built",
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ event: "storyboard.film-failed", storyboardId, err: error }, "film not built");
    await deps.db.storyboard.updateMany({
      where: { id: storyboardId, filmTakeIds: { equals: takeIds } },
      data: { filmState: "failed", filmError: `The film could not be made: ${message.slice(0, 200)}` },
    });
  } finally {
    for (const key of keys) await deps.storage.delete(key).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
}

async function deleteFilmAsset(deps: { db: PrismaClient; storage: StorageDriver }, assetId: string) {
  const asset = await deps.db.asset.findUnique({
    where: { id: assetId },
    select: { storageKey: true, posterKey: true },
  });
  if (!asset) return;
  await deps.db.asset.delete({ where: { id: assetId } });
  for (const key of [asset.storageKey, asset.posterKey])
    if (key) await deps.storage.delete(key).catch(() => undefined);
}

async function fileChecksum(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
