import sharp from "sharp";
import { POSTER_WIDTHS } from "../queries/poster-widths";

/**
 * The poster again at the small width, for cards a 1× screen or a phone's portrait card shows
 * small (the browser picks it from `srcset`). Made from our own stored WebP, never from the
 * provider's video, so it needs no ffmpeg. Null when the poster is already that narrow (a
 * portrait frame can be): the large one serves both.
 */
export async function smallPoster(poster: Buffer): Promise<Buffer | null> {
  const image = sharp(poster);
  const { width = 0 } = await image.metadata();
  if (width <= POSTER_WIDTHS.small) return null;
  return image.resize({ width: POSTER_WIDTHS.small }).webp({ quality: 72 }).toBuffer();
}
