import { ASPECT_RATIOS, MODELS, RESOLUTIONS, type AspectRatio, type Resolution } from "../catalog";

/**
 * The frame a request names: the resolution is the short side (720p 9:16 → 720×1280), the long
 * side follows the aspect ratio — exact when that is a whole even number, else the nearest
 * multiple of 16 that codecs like (480p 16:9 → 848×480, as Grok's own 480p clips are).
 */
export interface ClipShape {
  width: number;
  height: number;
  durationSec: number;
}

export function videoSize(
  aspectRatio: AspectRatio,
  resolution: Resolution,
): { width: number; height: number } {
  const short = Number.parseInt(resolution, 10);
  const [a, b] = aspectRatio.split(":").map(Number) as [number, number];
  const exact = (short * Math.max(a, b)) / Math.min(a, b);
  const long = Number.isInteger(exact) && exact % 2 === 0 ? exact : Math.round(exact / 16) * 16;
  return a >= b ? { width: long, height: short } : { width: short, height: long };
}

/** `720x1280-19s.mp4`: what the media route serves for a shape, and the cache's file name. */
export const clipName = (shape: ClipShape) => `${shape.width}x${shape.height}-${shape.durationSec}s.mp4`;

const KNOWN_SIZES = new Set(
  ASPECT_RATIOS.flatMap((ratio) =>
    RESOLUTIONS.map((resolution) => {
      const { width, height } = videoSize(ratio, resolution);
      return `${width}x${height}`;
    }),
  ),
);
const MAX_DURATION = Math.max(...MODELS.map((m) => m.durations.max));

/** The shape a media name asks for, if it is one a request can produce (nothing else is made). */
export function parseClipName(name: string): ClipShape | undefined {
  const match = name.match(/^(\d{2,4})x(\d{2,4})-(\d{1,2})s\.mp4$/);
  if (!match) return undefined;
  const [, w, h, d] = match.map(Number) as [number, number, number, number];
  if (!KNOWN_SIZES.has(`${w}x${h}`) || d < 1 || d > MAX_DURATION) return undefined;
  return { width: w, height: h, durationSec: d };
}
