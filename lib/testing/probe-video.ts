import { execFile } from "node:child_process";
import { ffmpegPath } from "@/lib/media/ffmpeg";

/** What a video file holds, read from `ffmpeg -i` (the bundled ffmpeg has no ffprobe). */
export interface VideoFacts {
  durationSec: number;
  width: number;
  height: number;
  videoCodec: string;
  audioCodec: string | undefined;
}

export async function probeVideo(file: string): Promise<VideoFacts> {
  // With no output named ffmpeg describes the input on stderr and exits 1: that is the answer.
  const info = await new Promise<string>((resolve) =>
    execFile(ffmpegPath(), ["-hide_banner", "-i", file], { timeout: 30_000 }, (_error, _out, stderr) =>
      resolve(String(stderr)),
    ),
  );
  const duration = info.match(/Duration: (\d+):(\d+):([\d.]+)/);
  const video = info.match(/Video: (\w+).*?, (\d{2,5})x(\d{2,5})/);
  if (!duration || !video) throw new Error(`Not a video: ${info}`);
  const [, h, m, s] = duration.map(Number) as [number, number, number, number];
  return {
    durationSec: h * 3600 + m * 60 + s,
    videoCodec: video[1]!,
    width: Number(video[2]),
    height: Number(video[3]),
    audioCodec: info.match(/Audio: (\w+)/)?.[1],
  };
}
