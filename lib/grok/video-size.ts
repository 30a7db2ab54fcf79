import type { AspectRatio, Resolution } from "./catalog";

/**
 * The frame a request names: the resolution is the short side (720p 9:16 → 720×1280), the long
 * side follows the aspect ratio — exact when that is a whole even number, else the nearest
 * multiple of 16 that codecs like (480p 16:9 → 848×480, as Grok's own 480p clips are).
 */
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
