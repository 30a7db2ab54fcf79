import "server-only";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { PrismaClient } from "@/lib/db/generated/client";
import { extractPoster, type Poster } from "@/lib/media/poster";
import { storeSmallPoster } from "./small-posters";
import { downloadMedia, isMediaFetchError, type FetchMediaOptions } from "@/lib/net/safe-fetch";
import { isUniqueViolation } from "@/lib/db/errors";
import { stableKey, type StorageDriver } from "@/lib/storage/types";
import type { PendingGeneration } from "./pending-generation";
import { log } from "@/lib/log/logger";

export interface MirrorDeps {
  db: PrismaClient;
  storage: StorageDriver;
  policy: FetchMediaOptions;
  /**
   * Defaults to a bounded frame grab (lib/media/poster.ts: header checked, size/time/memory capped).
   * Whatever it throws costs only the poster: the video is kept.
   */
  poster?: (video: { file: string }) => Promise<Poster>;
}

export type MirrorFailureCode =
  | "no_video_url"
  | "bad_url"
  | "host_not_allowed"
  | "private_address"
  | "too_large"
  | "timeout"
  | "http_error"
  | "network_error"
  | "empty"
  | "storage_error"
  | "record_error"
  | "unknown";

export const MIRROR_ERROR = "MirrorError";

/**
 * Why a copy failed. `message` is one short plain sentence, fit to store in
 * `Generation.mirrorError` and to show an operator; the technical detail is in `cause` and in
 * the log. Recognise it with `isMirrorError` (by name), not `instanceof`.
 */
export class MirrorError extends Error {
  constructor(
    readonly code: MirrorFailureCode,
    message: string,
    readonly generationId: string,
    /** The host the copy was fetched from (the failing hop's, after redirects), when known. */
    readonly host: string | null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = MIRROR_ERROR;
  }
}

export function isMirrorError(error: unknown): error is MirrorError {
  return (
    error instanceof Error &&
    error.name === MIRROR_ERROR &&
    typeof (error as { code?: unknown }).code === "string"
  );
}

/**
 * Copies a finished video from the provider's CDN into our storage and records it as an asset,
 * so the gallery never depends on the provider's URL staying alive. Stored once per generation:
 * its files have keys derived from the generation and its asset row is unique per generation,
 * so a copy that runs twice (a retried job, two workers) overwrites the same files and finds
 * the first row instead of leaving orphans. Only allowed hosts are
 * fetched, with a size cap. A poster frame is stored beside it so the gallery shows a still
 * without downloading any video; a video whose frame cannot be read is still kept. Returns the
 * asset id.
 *
 * Every failure is logged here, once, and thrown as a `MirrorError` whose message says why in
 * plain words; the caller stores that message and decides whether to try again.
 */
export async function mirrorVideo(
  deps: MirrorDeps,
  g: Pick<PendingGeneration, "id" | "workspaceId" | "providerVideoUrl">,
): Promise<string> {
  try {
    return await copy(deps, g);
  } catch (error) {
    const failure = explain(error, g, deps.policy);
    const detail = failure.cause instanceof Error ? failure.cause.message : undefined;
    log.warn(
      { event: "copy.failed", generationId: g.id, host: failure.host, detail },
      `not copied from ${failure.host ?? "an unknown host"}: ${failure.message}`,
    );
    throw failure;
  }
}

async function copy(
  deps: MirrorDeps,
  g: Pick<PendingGeneration, "id" | "workspaceId" | "providerVideoUrl">,
): Promise<string> {
  if (!g.providerVideoUrl) {
    throw new MirrorError("no_video_url", "The provider gave no video URL to copy.", g.id, null);
  }
  // Through a temporary file, never whole in memory: a copy costs the worker a few chunks.
  const dir = await mkdtemp(path.join(tmpdir(), "mirror-"));
  try {
    return await copyVia(deps, { ...g, providerVideoUrl: g.providerVideoUrl }, path.join(dir, "video.mp4"));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function copyVia(
  deps: MirrorDeps,
  g: Pick<PendingGeneration, "id" | "workspaceId"> & { providerVideoUrl: string },
  file: string,
): Promise<string> {
  const host = hostOf(g.providerVideoUrl);
  const media = await downloadMedia(g.providerVideoUrl, deps.policy, file);
  const from = hostOf(media.url) ?? host;
  if (media.size === 0) {
    throw new MirrorError("empty", "The provider's file host sent an empty file.", g.id, from);
  }

  const stored = await findStored(deps.db, g.id);
  if (stored) return stored;
  const key = stableKey("videos", "mp4", g.id);
  await deps.storage
    .put(key, createReadStream(file), { contentType: "video/mp4", contentLength: media.size })
    .catch(async (error: unknown) => {
      // A half-written object would never be found again — unless another run stored it whole.
      if (!(await findStored(deps.db, g.id))) await deps.storage.delete(key).catch(() => undefined);
      throw new MirrorError("storage_error", "Our storage did not accept the video.", g.id, from, {
        cause: error,
      });
    });
  const poster = await storePoster(deps, file, g.id);
  const asset = await deps.db.asset
    .create({
      data: {
        workspaceId: g.workspaceId,
        generationId: g.id,
        kind: "video",
        storageKey: key,
        contentType: "video/mp4",
        sizeBytes: media.size,
        checksum: media.sha256,
        posterKey: poster?.key ?? null,
        posterSmallKey: poster?.smallKey ?? null,
        width: poster?.width ?? null,
        height: poster?.height ?? null,
      },
      select: { id: true },
    })
    .catch(async (error: unknown) => {
      // Another run of this copy recorded it first; the files are the same objects.
      if (isUniqueViolation(error)) {
        const winner = await findStored(deps.db, g.id);
        if (winner) return { id: winner };
      }
      // Without its row nothing would ever find these files again.
      await Promise.all(
        [key, poster?.key, poster?.smallKey].map((k) => k && deps.storage.delete(k).catch(() => undefined)),
      );
      throw new MirrorError("record_error", "The copy could not be recorded in our database.", g.id, from, {
        cause: error,
      });
    });
  return asset.id;
}

/** Turns whatever went wrong into one plain sentence, by the error's `name` and `code`. */
function explain(
  error: unknown,
  g: Pick<PendingGeneration, "id" | "providerVideoUrl">,
  policy: MirrorDeps["policy"],
): MirrorError {
  if (isMirrorError(error)) return error;
  const host = hostOf(g.providerVideoUrl);
  if (!isMediaFetchError(error)) {
    return new MirrorError("unknown", "The video could not be copied.", g.id, host, { cause: error });
  }
  const at = error.host ?? host;
  const fail = (code: MirrorFailureCode, message: string) =>
    new MirrorError(code, message, g.id, at, { cause: error });
  switch (error.code) {
    case "host_not_allowed":
      // Already "<host> is not an allowed media host.", naming the origin when it is not https.
      return fail("host_not_allowed", error.message);
    case "private_address":
      return fail("private_address", `${at ?? "The file host"} points to a private network address.`);
    case "bad_url":
      return fail("bad_url", "The provider's video URL is not an https URL we can fetch.");
    case "too_large":
      return fail("too_large", `The video is larger than ${formatBytes(policy.maxBytes)}.`);
    case "timeout":
      return fail(
        "timeout",
        `The provider's file host did not send the video within ${formatMs(policy.timeoutMs)}.`,
      );
    case "http_error":
      return error.status && error.status >= 300 && error.status < 400
        ? fail("http_error", "The provider's file host redirected too many times.")
        : fail("http_error", `The provider's file host answered ${error.status ?? "with an error"}.`);
    case "network_error": {
      const code = networkCode(error.cause);
      return fail("network_error", `Could not reach the provider's file host${code ? ` (${code})` : ""}.`);
    }
    default:
      return fail("unknown", "The video could not be copied.");
  }
}

const findStored = async (db: PrismaClient, generationId: string) =>
  (await db.asset.findUnique({ where: { generationId }, select: { id: true } }))?.id;

function hostOf(url: string | null | undefined): string | null {
  return url && URL.canParse(url) ? new URL(url).host || null : null;
}

function networkCode(cause: unknown): string | null {
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === "string" && /^[A-Z][A-Z_]+$/.test(code) ? code : null;
}

function formatMs(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`;
}

function formatBytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${Number(mb.toFixed(1))} MB` : `${bytes} bytes`;
}

async function storePoster(deps: MirrorDeps, file: string, generationId: string) {
  try {
    const poster = await (deps.poster ?? extractPoster)({ file });
    const key = stableKey("posters", "webp", generationId);
    await deps.storage.put(key, poster.data, {
      contentType: poster.contentType,
      contentLength: poster.data.length,
    });
    const smallKey = await storeSmallPoster(deps.storage, poster.data, generationId);
    return { key, smallKey, width: poster.width, height: poster.height };
  } catch (error) {
    log.warn(
      {
        event: "poster.failed",
        generationId,
        reason: error instanceof Error ? error.message : String(error),
      },
      "no poster",
    );
    return null;
  }
}
