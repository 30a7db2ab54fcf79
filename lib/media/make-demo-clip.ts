import { existsSync } from "node:fs";
import { type FfmpegEngine, type FfmpegInfo, getFfmpeg } from "./ffmpeg";

/**
 * A stand-in video of an exact size and length, with sound: a coloured field with a moving test
 * card that counts the seconds, a beep each second, and its size and length written on it when a
 * font is at hand. H.264 (yuv420p, faststart) + AAC, which every browser plays. Kept cheap for a
 * 2-core machine: ultrafast preset, low bitrate (a flat background costs almost nothing).
 */
export interface DemoClipOptions {
  file: string;
  width: number;
  height: number;
  durationSec: number;
  /**
   * An image the clip starts from (the upstream's `image_url`): frame one is exactly this image
   * (scaled to cover the frame, cropped), then the test card moves over it. Storyboards chain
   * shots this way, so a demo run shows where each shot picks up.
   */
  firstFrame?: string;
}

const FPS = 24;
// A 1080×1920, 30 s clip takes ~5 s of CPU natively, ~20 s in WebAssembly; a loaded machine may
// need several times that.
const TIMEOUT_MS = 180_000;
const PALETTE = [
  "0x2b1055",
  "0x1d3557",
  "0x264653",
  "0x3d405b",
  "0x5a189a",
  "0x7f4f24",
  "0x14213d",
  "0x6a040f",
];
const FONTS = [
  "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf",
  "/System/Library/Fonts/Supplemental/Arial Bold.ttf",
];

/** The background colour, from the shape: clips of different shapes look different in a gallery. */
function colourOf(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length]!;
}

/** The command, given where the engine puts the font (when there is one) and the output. */
function demoClipArgs(
  { width, height, durationSec }: Omit<DemoClipOptions, "file" | "firstFrame">,
  { font, image, output }: { font: string | undefined; image: string | undefined; output: string },
): string[] {
  const box = Math.round(Math.min(width, height) / 3 / 2) * 2;
  const d = String(durationSec);
  // Drawn from frame two on when the clip starts from an image, so frame one is the image itself.
  const fromSecond = image ? ":enable='gte(n,1)'" : "";
  const label = font
    ? `,drawtext=fontfile=${font}:text='${width}x${height}  ${d} s':fontcolor=white:fontsize=${Math.round(box / 5)}:x=(w-text_w)/2:y=h-text_h*2${fromSecond}`
    : "";
  const background = image
    ? ["-loop", "1", "-framerate", String(FPS), "-t", d, "-i", image]
    : [
        "-f",
        "lavfi",
        "-i",
        `color=c=${colourOf(`${width}x${height}-${d}`)}:s=${width}x${height}:r=${FPS}:d=${d},format=yuv420p`,
      ];
  const fit = image
    ? `[0]scale=${width}:${height}:force_original_aspect_ratio=increase,crop=${width}:${height},setsar=1,format=yuv420p[bg];[bg]`
    : "[0]";
  return [
    ...["-loglevel", "error"],
    ...background,
    ...["-f", "lavfi", "-i", `testsrc=s=${box}x${box}:r=${FPS}:d=${d},format=yuv420p`],
    ...["-f", "lavfi", "-i", `sine=f=220:b=4:sample_rate=44100:d=${d}`],
    ...[
      "-filter_complex",
      `${fit}[1]overlay=x='(W-w)/2*(1+sin(t*1.3))':y='(H-h)/2*(1+cos(t*0.9))':format=yuv420${fromSecond}${label}[v]`,
    ],
    ...["-map", "[v]", "-map", "2"],
    ...[
      "-c:v",
      "libx264",
      "-preset",
      "ultrafast",
      "-crf",
      "33",
      "-g",
      String(FPS * 2),
      "-pix_fmt",
      "yuv420p",
    ],
    ...["-c:a", "aac", "-b:a", "48k", "-ac", "1"],
    ...["-t", d, "-movflags", "+faststart", "-f", "mp4", output],
  ];
}

/** Writes the clip; says which ffmpeg made it. */
export async function makeDemoClip(options: DemoClipOptions, engine?: FfmpegEngine): Promise<FfmpegInfo> {
  const ffmpeg = engine ?? (await getFfmpeg());
  const font = FONTS.find(existsSync);
  const inputs = [...(options.firstFrame ? [options.firstFrame] : []), ...(font ? [font] : [])];
  await ffmpeg.run({
    inputs,
    output: options.file,
    timeoutMs: TIMEOUT_MS,
    args: ({ inputs: named, output }) =>
      demoClipArgs(options, {
        image: options.firstFrame ? named[0] : undefined,
        font: font ? named.at(-1) : undefined,
        output,
      }),
  });
  return { kind: ffmpeg.kind, version: ffmpeg.version, path: ffmpeg.path };
}
