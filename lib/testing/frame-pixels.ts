import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { type FfmpegEngine, getFfmpeg } from "@/lib/media/ffmpeg";

/** For tests: pictures as RGB bytes, and how far apart two of them are. */

/** The first frame's RGB bytes: does a clip start on a given picture? */
export async function firstFrameRgb(
  file: string,
  engine?: FfmpegEngine,
): Promise<{ data: Buffer; width: number; height: number }> {
  const dir = await mkdtemp(path.join(tmpdir(), "first-frame-"));
  try {
    const ffmpeg = engine ?? (await getFfmpeg());
    await ffmpeg.run({
      inputs: [file],
      output: path.join(dir, "first.png"),
      timeoutMs: 60_000,
      args: ({ inputs: [video], output }) => [
        ...["-loglevel", "error", "-i", video!, "-frames:v", "1", "-f", "image2", "-c:v", "png", output],
      ],
    });
    return rgbOf(await readFile(path.join(dir, "first.png")));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function rgbOf(image: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(image).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Mean absolute difference per channel (0–255) of two same-size RGB pictures. */
export function meanPixelDifference(a: { data: Buffer }, b: { data: Buffer }): number {
  if (a.data.length !== b.data.length) return 255;
  let sum = 0;
  for (let i = 0; i < a.data.length; i++) sum += Math.abs(a.data[i]! - b.data[i]!);
  return sum / a.data.length;
}
