import "server-only";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { type FfmpegEngine, type FfmpegInfo, FfmpegError, getFfmpeg } from "./ffmpeg";
import { POSTER_WIDTHS } from "@/lib/queries/poster-widths";
import { inspectUntrustedVideo, UNTRUSTED_VIDEO_LIMITS, type UntrustedVideoLimits } from "./untrusted-video";

export interface Poster {
  data: Buffer;
  contentType: "image/webp";
  /** The video's own frame size, so the gallery can reserve the right box. */
  width: number;
  height: number;
}

export interface ExtractedPoster extends Poster {
  /** The ffmpeg that decoded the frame. */
  ffmpeg: FfmpegInfo;
}

export interface PosterOptions {
  /** Where to take the still; the first frame when the video is shorter. Default 0.5 s. */
  atSeconds?: number;
  /** Default: the process's ffmpeg (ffmpeg.ts). */
  engine?: FfmpegEngine;
  limits?: UntrustedVideoLimits;
}

/** Posters are small: the gallery shows them at card size, at most ~2× on dense screens. */
const POSTER_MAX_WIDTH = POSTER_WIDTHS.large;
/** The largest single allocation ffmpeg may make: a 1080p frame takes a few megabytes. */
const MAX_ALLOC_BYTES = 256 * 1024 * 1024;
const INT_MAX = 2 ** 31 - 1;

/**
 * Takes a still from early in the video (the very first frame is often black or a fade-in) and
 * encodes it as a small WebP. The video comes from outside, so it is judged from its size and
 * header first (`VideoRefusedError`), then decoded bounded: MP4 demuxer only, one thread, frame
 * size and allocation caps, a memory cap and a wall-time deadline (`FfmpegError`).
 */
export async function extractPoster(
  video: Buffer | { file: string },
  { atSeconds = 0.5, engine, limits = UNTRUSTED_VIDEO_LIMITS }: PosterOptions = {},
): Promise<ExtractedPoster> {
  const dir = await mkdtemp(path.join(tmpdir(), "poster-"));
  try {
    // A file already on disk is read where it is; bytes in memory are written out for ffmpeg.
    const input = Buffer.isBuffer(video) ? path.join(dir, "video.mp4") : video.file;
    if (Buffer.isBuffer(video)) await writeFile(input, video);
    const { durationSec } = await inspectUntrustedVideo(input, limits);
    const ffmpeg = engine ?? (await getFfmpeg());
    const deadline = Date.now() + limits.timeoutMs;
    const grab = (at: number) =>
      grabFrame(ffmpeg, input, path.join(dir, `frame-${at}.png`), at, deadline, limits);
    // A header may overstate the length: a seek past the end yields nothing, then take frame one.
    const at = atSeconds < durationSec ? atSeconds : 0;
    const frame = (await grab(at)) ?? (at > 0 ? await grab(0) : null);
    if (!frame) throw new FfmpegError("failed", "ffmpeg failed: the video has no frame to show");
    const image = sharp(frame);
    const { width = 0, height = 0 } = await image.metadata();
    const data = await image
      .resize({ width: POSTER_MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer();
    const { kind, version, path: binary } = ffmpeg;
    return { data, contentType: "image/webp", width, height, ffmpeg: { kind, version, path: binary } };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function grabFrame(
  ffmpeg: FfmpegEngine,
  input: string,
  output: string,
  at: number,
  deadline: number,
  limits: UntrustedVideoLimits,
): Promise<Buffer | null> {
  const timeoutMs = deadline - Date.now();
  if (timeoutMs <= 0) throw new FfmpegError("timeout", `no frame within ${limits.timeoutMs} ms`);
  await ffmpeg.run({
    inputs: [input],
    output,
    timeoutMs,
    memoryMb: limits.memoryMb,
    args: ({ inputs: [video], output: png }) => [
      ...["-loglevel", "error", "-max_alloc", String(MAX_ALLOC_BYTES), "-filter_threads", "1"],
      // Input options: the MP4 demuxer only (no format guessing), a one-thread decoder that
      // refuses frames above the limit whatever the stream claims later.
      ...["-f", "mp4", "-threads", "1", "-max_pixels", String(Math.min(limits.maxPixels, INT_MAX))],
      ...["-ss", String(at), "-i", video!],
      ...["-map", "0:v:0", "-an", "-sn", "-dn", "-frames:v", "1", "-f", "image2", "-c:v", "png", png],
    ],
  });
  const frame = await readFile(output).catch(() => null);
  return frame && frame.length > 0 ? frame : null;
}
