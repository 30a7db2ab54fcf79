import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { videoPlayPath } from "@/lib/queries/file-urls";
import { readPrices } from "@/lib/usage/price-schemas";
import { costMicros, formatMoney } from "@/lib/usage/prices";
import { loadStoryboard, shotFacts, takePhase } from "./load-facts";
import { filmGalleryKey } from "./film-to-gallery";
import { lastFrameKey } from "./last-frame-asset";
import { runPlan } from "./run-storyboard";
import { shotStatuses, startsFromOlderFrame } from "./shot-status";
import type { FilmDto, StoryboardDto, StoryboardSummary } from "./storyboard-dto";

type Sign = (storageKey: string, options?: { downloadName?: string }) => Promise<string>;

/** One storyboard of the workspace as its page shows it; not_found for any other. */
export async function getStoryboard(
  deps: { db: PrismaClient; sign: Sign },
  where: { id: string; workspaceId: string },
): Promise<StoryboardDto> {
  const board = await loadStoryboard(deps.db, where);
  if (!board) throw new AppError("not_found", "That storyboard is not in this workspace.");
  const facts = board.shots.map(shotFacts);
  const statuses = shotStatuses(facts, board.runStartedAt);
  const takeIds = board.shots.flatMap((s) => s.takes.map((t) => t.id));
  const frameIds = board.shots.flatMap((s) => (s.startFrameAssetId ? [s.startFrameAssetId] : []));
  const usedTakes = statuses.map((s) => (s.kind === "ready" ? s.take : ""));
  // Where each shot ends: the last frame of the take the film uses (kept when it was copied).
  const endKeys = usedTakes.filter(Boolean).map(lastFrameKey);
  const plan = runPlan(board);
  const [takes, frames, film, workspace, inGallery] = await Promise.all([
    deps.db.generation.findMany({
      where: { id: { in: takeIds }, deletedAt: null },
      select: {
        id: true,
        state: true,
        mirrorAttempts: true,
        errorMessage: true,
        videoAsset: { select: { posterKey: true } },
      },
    }),
    deps.db.asset.findMany({
      where: {
        workspaceId: board.workspaceId,
        OR: [{ id: { in: frameIds } }, { storageKey: { in: endKeys } }],
      },
      select: { id: true, storageKey: true },
    }),
    board.filmAssetId
      ? deps.db.asset.findUnique({
          where: { id: board.filmAssetId },
          select: { storageKey: true, posterKey: true },
        })
      : null,
    deps.db.workspace.findUniqueOrThrow({
      where: { id: board.workspaceId },
      select: { pricesPerSecond: true },
    }),
    board.filmAssetId
      ? deps.db.generation.findFirst({
          where: {
            workspaceId: board.workspaceId,
            idempotencyKey: filmGalleryKey(board.filmAssetId),
            deletedAt: null,
          },
          select: { id: true },
        })
      : null,
  ]);
  const byId = new Map(takes.map((t) => [t.id, t]));
  const signed = await Promise.all(frames.map(async (f) => ({ ...f, url: await deps.sign(f.storageKey) })));
  const frameUrl = new Map(signed.map((f) => [f.id, f.url]));
  const frameUrlByKey = new Map(signed.map((f) => [f.storageKey, f.url]));
  const shots = await Promise.all(
    board.shots.map(async (shot, index) => {
      const status = statuses[index]!;
      const used = status.kind === "ready" ? status.take : null;
      const rows = shot.takes.flatMap((t) => byId.get(t.id) ?? []);
      const newest = rows.at(-1);
      return {
        id: shot.id,
        position: index,
        prompt: shot.prompt,
        durationSec: shot.durationSec,
        continues: shot.continues,
        status: status.kind,
        generating: status.kind === "ready" && status.generating,
        startsFromOlderFrame: startsFromOlderFrame(facts, index),
        startFrameUrl: shot.startFrameAssetId ? (frameUrl.get(shot.startFrameAssetId) ?? null) : null,
        endFrameUrl: used ? (frameUrlByKey.get(lastFrameKey(used)) ?? null) : null,
        error: status.kind === "failed" ? (newest?.errorMessage ?? "The take failed.") : null,
        takes: await Promise.all(
          rows.map(async (t) => ({
            id: t.id,
            state: t.state,
            phase: takePhase(t),
            posterUrl: t.videoAsset?.posterKey ? await deps.sign(t.videoAsset.posterKey) : null,
            videoUrl: t.state === "ready" ? videoPlayPath(t.id) : null,
            used: t.id === used,
            errorMessage: t.errorMessage,
          })),
        ),
      };
    }),
  );
  const cost = costMicros(readPrices(workspace.pricesPerSecond), board.model, plan.seconds);
  const filmDto: FilmDto = {
    state: board.filmState,
    progress: board.filmProgress,
    error: board.filmError,
    videoUrl: film ? await deps.sign(film.storageKey) : null,
    posterUrl: film?.posterKey ? await deps.sign(film.posterKey) : null,
    downloadUrl: film
      ? await deps.sign(film.storageKey, { downloadName: `${fileNameOf(board.title)}.mp4` })
      : null,
    chapters: Array.isArray(board.filmChapters) ? (board.filmChapters as unknown as FilmDto["chapters"]) : [],
    outOfDate: board.filmState === "ready" && board.filmTakeIds.join() !== usedTakes.join(),
    galleryId: inGallery?.id ?? null,
  };
  return {
    id: board.id,
    title: board.title,
    model: board.model,
    aspectRatio: board.aspectRatio,
    resolution: board.resolution,
    crossfade: board.filmCrossfade,
    runState: board.runState,
    runError: board.runError,
    shots,
    plan: {
      shots: plan.toSend.length,
      seconds: plan.seconds,
      cost: cost === null ? null : formatMoney(cost),
    },
    film: filmDto,
  };
}

const fileNameOf = (title: string) =>
  title
    .replace(/[^\p{L}\p{N} _-]+/gu, "")
    .trim()
    .slice(0, 60) || "film";

/** The workspace's storyboards, most recently changed first. */
export async function listStoryboards(
  deps: { db: PrismaClient; sign: Sign },
  workspaceId: string,
): Promise<StoryboardSummary[]> {
  const boards = await deps.db.storyboard.findMany({
    where: { workspaceId, deletedAt: null },
    orderBy: { updatedAt: "desc" },
    take: 200,
    select: {
      id: true,
      title: true,
      updatedAt: true,
      runState: true,
      filmState: true,
      film: { select: { posterKey: true } },
      _count: { select: { shots: true } },
    },
  });
  return Promise.all(
    boards.map(async (b) => ({
      id: b.id,
      title: b.title,
      shots: b._count.shots,
      updatedAt: b.updatedAt.toISOString(),
      runState: b.runState,
      filmState: b.filmState,
      posterUrl: b.film?.posterKey ? await deps.sign(b.film.posterKey) : null,
    })),
  );
}
