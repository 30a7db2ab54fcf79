import "server-only";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { runFfmpeg } from "./ffmpeg";

export interface Poster {
  data: Buffer;
  contentType: "image/webp";
  /** The video's own frame size, so the gallery can reserve the right box. */
  width: number;
  height: number;
}

/** Posters are small: the gallery shows them at card size, at most ~2× on dense screens. */
const POSTER_MAX_WIDTH = 640;
const FFMPEG_TIMEOUT_MS = 15_000;

/**
 * Takes a still from early in the video (the very first frame is often black or a fade-in) and
 * encodes it as a small WebP. Works from a file because an MP4 whose index sits at the end cannot
 * be decoded from a pipe.
 */
export async function extractPoster(video: Buffer | { file: string }, atSeconds = 0.5): Promise<Poster> {
  const dir = await mkdtemp(path.join(tmpdir(), "poster-"));
  try {
    // A file already on disk is read where it is; bytes in memory are written out for ffmpeg.
    const input = Buffer.isBuffer(video) ? path.join(dir, "video.mp4") : video.file;
    if (Buffer.isBuffer(video)) await writeFile(input, video);
    const frame = await grabFrame(input, atSeconds);
    const image = sharp(frame);
    const { width = 0, height = 0 } = await image.metadata();
    const data = await image
      .resize({ width: POSTER_MAX_WIDTH, withoutEnlargement: true })
      .webp({ quality: 72 })
      .toBuffer();
    return { data, contentType: "image/webp", width, height };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function grabFrame(input: string, atSeconds: number) {
  const args = (at: number) => [
    ...["-hide_banner", "-loglevel", "error", "-nostdin"],
    ...["-ss", String(at), "-i", input, "-frames:v", "1", "-f", "image2pipe", "-vcodec", "png", "pipe:1"],
  ];
  const frame = await runFfmpeg(args(atSeconds), FFMPEG_TIMEOUT_MS);
  // A clip shorter than the seek point yields nothing: fall back to its first frame.
  return frame.length > 0 ? frame : runFfmpeg(args(0), FFMPEG_TIMEOUT_MS);
}
