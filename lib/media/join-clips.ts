import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { z } from "@/lib/validation/zod";
import { type FfmpegEngine, getFfmpeg } from "./ffmpeg";

/** What joining needs to know of one clip (ffprobe). */
export interface ClipFacts {
  durationSec: number;
  width: number;
  height: number;
  /** Everything that must match for a stream copy: codec, profile, pixel format, frame rate… */
  videoSignature: string;
  /** Codec, sample rate and channels; null when the clip is silent. */
  audioSignature: string | null;
}

const probeOutput = z.object({
  format: z.object({ duration: z.coerce.number() }),
  streams: z.array(
    z.looseObject({
      codec_type: z.string(),
      codec_name: z.string().optional(),
      profile: z.string().optional(),
      width: z.number().optional(),
      height: z.number().optional(),
      pix_fmt: z.string().optional(),
      r_frame_rate: z.string().optional(),
      time_base: z.string().optional(),
      sample_rate: z.string().optional(),
      channels: z.number().optional(),
    }),
  ),
});

export async function probeClip(engine: FfmpegEngine, file: string): Promise<ClipFacts> {
  const json = await engine.probe(
    file,
    "format=duration:stream=codec_type,codec_name,profile,width,height,pix_fmt,r_frame_rate,time_base,sample_rate,channels",
    30_000,
  );
  const { format, streams } = probeOutput.parse(JSON.parse(json));
  const video = streams.find((s) => s.codec_type === "video");
  if (!video?.width || !video.height) throw new Error("A take of the film holds no video stream.");
  const audio = streams.find((s) => s.codec_type === "audio");
  return {
    durationSec: format.duration,
    width: video.width,
    height: video.height,
    videoSignature: [
      video.codec_name,
      video.profile,
      video.width,
      video.height,
      video.pix_fmt,
      video.r_frame_rate,
      video.time_base,
    ].join("/"),
    audioSignature: audio ? [audio.codec_name, audio.sample_rate, audio.channels].join("/") : null,
  };
}

/** Stream copy only when every clip is alike, framed as the film, with sound, and no crossfade. */
export function canStreamCopy(clips: ClipFacts[], frame: { width: number; height: number }, fadeSec: number) {
  const [first] = clips;
  return (
    fadeSec === 0 &&
    first !== undefined &&
    first.audioSignature !== null &&
    clips.every(
      (c) =>
        c.width === frame.width &&
        c.height === frame.height &&
        c.videoSignature === first.videoSignature &&
        c.audioSignature === first.audioSignature,
    )
  );
}

export interface JoinOptions {
  clips: string[];
  output: string;
  /** The film's frame: clips of another size are scaled to fit and padded, never stretched. */
  width: number;
  height: number;
  /** A crossfade between shots (0: straight cuts). */
  fadeSec?: number;
  engine?: FfmpegEngine;
  /** Wall time for the whole join. */
  timeoutMs?: number;
}

export interface JoinResult {
  method: "copy" | "encode";
  /** Where each clip starts in the film (its chapters). */
  starts: number[];
  durationSec: number;
}

const FPS = 24;
const RATE = 44_100;

/**
 * Joins clips into one MP4 with sound. Alike clips are stream-copied with the concat demuxer
 * (seconds, whatever their length); otherwise each is scaled and padded to the frame, silent ones
 * get silence, and all are re-encoded (with the crossfade, when asked). ffmpeg does the work in its
 * own process; this process only reads its metadata.
 */
export async function joinClips(options: JoinOptions): Promise<JoinResult> {
  const engine = options.engine ?? (await getFfmpeg());
  const fade = options.fadeSec ?? 0;
  const facts = await Promise.all(options.clips.map((file) => probeClip(engine, file)));
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  const starts: number[] = [];
  let at = 0;
  for (const [i, clip] of facts.entries()) {
    starts.push(Math.max(0, at - (i > 0 ? fade : 0)));
    at = starts[i]! + clip.durationSec;
  }
  const durationSec = at;

  if (canStreamCopy(facts, options, fade)) {
    const dir = await mkdtemp(path.join(tmpdir(), "join-"));
    try {
      // Clips are named relative to the list, as `1.mp4`, `2.mp4`…: links beside it on this host,
      // and the names ffmpeg.wasm gives its inputs (`/in/1.mp4`, beside the list at `/in/0.txt`).
      const list = path.join(dir, "0.txt");
      await writeFile(list, options.clips.map((_, i) => `file '${i + 1}.mp4'\n`).join(""));
      await Promise.all(
        options.clips.map((clip, i) => symlink(path.resolve(clip), path.join(dir, `${i + 1}.mp4`))),
      );
      await engine.run({
        inputs: [list, ...options.clips],
        output: options.output,
        timeoutMs,
        args: ({ inputs, output }) => [
          ...["-loglevel", "error", "-f", "concat", "-safe", "0"],
          ...["-i", inputs[0]!],
          ...["-c", "copy", "-movflags", "+faststart", "-f", "mp4", output],
        ],
      });
      return { method: "copy", starts, durationSec };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  await engine.run({
    inputs: options.clips,
    output: options.output,
    timeoutMs,
    args: ({ inputs, output }) => [
      "-loglevel",
      "error",
      ...inputs.flatMap((file) => ["-i", file]),
      ...["-filter_complex", encodeGraph(facts, options, fade)],
      ...["-map", "[v]", "-map", "[a]"],
      ...["-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p", "-r", String(FPS)],
      ...["-c:a", "aac", "-b:a", "128k", "-ar", String(RATE), "-ac", "2"],
      ...["-movflags", "+faststart", "-f", "mp4", output],
    ],
  });
  return { method: "encode", starts, durationSec };
}

function encodeGraph(facts: ClipFacts[], frame: { width: number; height: number }, fade: number): string {
  const { width: w, height: h } = frame;
  const parts: string[] = [];
  facts.forEach((clip, i) => {
    parts.push(
      `[${i}:v]scale=${w}:${h}:force_original_aspect_ratio=decrease,pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps=${FPS},format=yuv420p,trim=duration=${clip.durationSec},setpts=PTS-STARTPTS[v${i}]`,
    );
    parts.push(
      clip.audioSignature
        ? `[${i}:a]aresample=${RATE},aformat=sample_fmts=fltp:channel_layouts=stereo,apad,atrim=duration=${clip.durationSec},asetpts=PTS-STARTPTS[a${i}]`
        : `anullsrc=r=${RATE}:cl=stereo,atrim=duration=${clip.durationSec},aformat=sample_fmts=fltp:channel_layouts=stereo[a${i}]`,
    );
  });
  if (fade <= 0 || facts.length === 1) {
    const inputs = facts.map((_, i) => `[v${i}][a${i}]`).join("");
    parts.push(`${inputs}concat=n=${facts.length}:v=1:a=1[v][a]`);
    return parts.join(";");
  }
  let offset = 0;
  let video = "v0";
  let audio = "a0";
  for (let i = 1; i < facts.length; i++) {
    offset += facts[i - 1]!.durationSec - fade;
    const v = i === facts.length - 1 ? "v" : `xv${i}`;
    const a = i === facts.length - 1 ? "a" : `xa${i}`;
    parts.push(`[${video}][v${i}]xfade=transition=fade:duration=${fade}:offset=${offset.toFixed(3)}[${v}]`);
    parts.push(`[${audio}][a${i}]acrossfade=d=${fade}[${a}]`);
    video = v;
    audio = a;
  }
  return parts.join(";");
}
