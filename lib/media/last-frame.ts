import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { type FfmpegEngine, FfmpegError, getFfmpeg } from "./ffmpeg";
import { inspectUntrustedVideo, UNTRUSTED_VIDEO_LIMITS, type UntrustedVideoLimits } from "./untrusted-video";

export interface StillFrame {
  /** Lossless PNG at the video's own size: the next shot starts from exactly this picture. */
  data: Buffer;
  contentType: "image/png";
  width: number;
  height: number;
}

const MAX_ALLOC_BYTES = 256 * 1024 * 1024;
const INT_MAX = 2 ** 31 - 1;

/**
 * The very last frame of a stored video, at full resolution. ffmpeg decodes the last second and
 * writes each frame over the same file (`-update 1`), so what is left is the final one — exact,
 * where a seek to `duration - ε` may land a frame early. Bounded like posters: MP4 demuxer only,
 * one thread, pixel, allocation, memory and time caps (the copy came from outside once).
 */
export async function extractLastFrame(
  file: string,
  { engine, limits = UNTRUSTED_VIDEO_LIMITS }: { engine?: FfmpegEngine; limits?: UntrustedVideoLimits } = {},
): Promise<StillFrame> {
  const dir = await mkdtemp(path.join(tmpdir(), "last-frame-"));
  try {
    await inspectUntrustedVideo(file, limits);
    const ffmpeg = engine ?? (await getFfmpeg());
    await ffmpeg.run({
      inputs: [file],
      output: path.join(dir, "last.png"),
      timeoutMs: limits.timeoutMs,
      memoryMb: limits.memoryMb,
      args: ({ inputs: [video], output }) => [
        ...["-loglevel", "error", "-max_alloc", String(MAX_ALLOC_BYTES), "-filter_threads", "1"],
        ...["-f", "mp4", "-threads", "1", "-max_pixels", String(Math.min(limits.maxPixels, INT_MAX))],
        ...["-sseof", "-1.5", "-i", video!],
        ...["-map", "0:v:0", "-an", "-sn", "-dn", "-fps_mode", "passthrough"],
        ...["-update", "1", "-f", "image2", "-c:v", "png", output],
      ],
    });
    const data = await readFile(path.join(dir, "last.png")).catch(() => null);
    if (!data?.length) throw new FfmpegError("failed", "ffmpeg failed: the video has no last frame");
    const { width = 0, height = 0 } = await sharp(data).metadata();
    return { data, contentType: "image/png", width, height };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
