import { z } from "@/lib/validation/zod";
import { type FfmpegEngine, getFfmpeg } from "@/lib/media/ffmpeg";

/** What a video file holds, read with ffprobe (the system's, or ffmpeg.wasm's). */
export interface VideoFacts {
  durationSec: number;
  width: number;
  height: number;
  videoCodec: string;
  audioCodec: string | undefined;
}

const probeOutput = z.object({
  format: z.object({ duration: z.coerce.number() }),
  streams: z.array(
    z.object({
      codec_type: z.string(),
      codec_name: z.string(),
      width: z.number().optional(),
      height: z.number().optional(),
    }),
  ),
});

export async function probeVideo(file: string, engine?: FfmpegEngine): Promise<VideoFacts> {
  const ffmpeg = engine ?? (await getFfmpeg());
  const json = await ffmpeg.probe(file, "format=duration:stream=codec_type,codec_name,width,height", 30_000);
  const { format, streams } = probeOutput.parse(JSON.parse(json));
  const video = streams.find((s) => s.codec_type === "video");
  if (!video?.width || !video.height) throw new Error(`Not a video: ${json}`);
  return {
    durationSec: format.duration,
    videoCodec: video.codec_name,
    width: video.width,
    height: video.height,
    audioCodec: streams.find((s) => s.codec_type === "audio")?.codec_name,
  };
}
