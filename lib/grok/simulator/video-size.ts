import { ASPECT_RATIOS, MODELS, RESOLUTIONS } from "../catalog";
import { videoSize } from "../video-size";

export { videoSize };

/** A clip the simulator makes: a request's frame (lib/grok/video-size.ts) and its duration. */
export interface ClipShape {
  width: number;
  height: number;
  durationSec: number;
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
