import { stat } from "node:fs/promises";
import { type Mp4Track, readMp4Header } from "./mp4-header";

/**
 * Limits for a video from outside (the provider's CDN) before any decoder reads it. Our clips
 * are at most 30 s and 1080p; these leave room for that and refuse what no clip can be.
 */
export interface UntrustedVideoLimits {
  maxBytes: number;
  maxDurationSec: number;
  maxSide: number;
  maxPixels: number;
  maxFrames: number;
  videoCodecs: readonly string[];
  audioCodecs: readonly string[];
  timeoutMs: number;
  memoryMb: number;
}

export const UNTRUSTED_VIDEO_LIMITS: UntrustedVideoLimits = {
  maxBytes: 100 * 1024 * 1024,
  maxDurationSec: 60,
  maxSide: 2048,
  /** 2048×1152: 1080p (1920×1088 coded) with room to spare. */
  maxPixels: 2048 * 1152,
  maxFrames: 60 * 60,
  /** Only H.264 video and AAC or Opus sound are handed to a decoder. */
  videoCodecs: ["avc1", "avc3"],
  audioCodecs: ["mp4a", "Opus"],
  /** Wall time for one decode, and what it may use (ffmpeg's address space or wasm memory). */
  timeoutMs: 15_000,
  memoryMb: 1024,
};

export type VideoRefusalCode =
  | "too_large"
  | "not_mp4"
  | "truncated"
  | "malformed"
  | "too_long"
  | "frame_too_large"
  | "too_many_frames"
  | "unsupported_codec"
  | "no_video";

export const VIDEO_REFUSED = "VideoRefused";

/** Recognise it with `isVideoRefused` (by name), not `instanceof`. */
export class VideoRefusedError extends Error {
  constructor(
    readonly code: VideoRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = VIDEO_REFUSED;
  }
}

export function isVideoRefused(error: unknown): error is VideoRefusedError {
  return error instanceof Error && error.name === VIDEO_REFUSED;
}

/**
 * Judges an untrusted MP4 from its size and header alone, and returns its video track; throws
 * `VideoRefusedError` for anything a decoder should not be given.
 */
export async function inspectUntrustedVideo(
  file: string,
  limits = UNTRUSTED_VIDEO_LIMITS,
): Promise<{ durationSec: number; video: Mp4Track }> {
  const refuse = (code: VideoRefusalCode, message: string) => new VideoRefusedError(code, message);
  const { size } = await stat(file);
  if (size > limits.maxBytes) throw refuse("too_large", `the video is larger than ${limits.maxBytes} bytes`);
  const header = await readMp4Header(file).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (code === "not_mp4" || code === "truncated" || code === "malformed")
      throw refuse(code, `the video's header is unusable: ${(error as Error).message}`);
    throw error;
  });
  const longest = Math.max(header.durationSec, ...header.tracks.map((t) => t.durationSec));
  if (!(header.durationSec > 0)) throw refuse("malformed", "the video's header gives no duration");
  if (longest > limits.maxDurationSec)
    throw refuse("too_long", `the video's header claims ${Math.round(longest)} s`);
  const videos = header.tracks.filter((t) => t.handler === "vide");
  for (const track of header.tracks) {
    const allowed =
      track.handler === "vide" ? limits.videoCodecs : track.handler === "soun" ? limits.audioCodecs : [];
    if (!allowed.includes(track.codec) && (track.handler === "vide" || track.handler === "soun"))
      throw refuse("unsupported_codec", `a ${track.handler} track is "${track.codec}"`);
  }
  for (const track of videos) {
    const { width, height, samples } = track;
    if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels)
      throw refuse("frame_too_large", `the video's header claims ${width}×${height} frames`);
    if (samples > limits.maxFrames)
      throw refuse("too_many_frames", `the video's header claims ${samples} frames`);
  }
  if (videos.length !== 1) throw refuse("no_video", `the file has ${videos.length} video tracks, not one`);
  return { durationSec: header.durationSec, video: videos[0]! };
}
