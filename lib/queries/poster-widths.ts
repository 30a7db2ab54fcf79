/**
 * The widths posters are stored at (px, at most: a frame is never enlarged). The server writes
 * and signs both; the card's `srcset` names them and its `sizes` lets the browser choose.
 */
export const POSTER_WIDTHS = { large: 640, small: 320 } as const;

/** `srcset` for a video's two stills, from the width of its frame. */
export function posterSrcSetOf(urls: { large: string; small: string }, frameWidth: number): string {
  const large = Math.min(POSTER_WIDTHS.large, frameWidth);
  return `${urls.small} ${Math.min(POSTER_WIDTHS.small, large)}w, ${urls.large} ${large}w`;
}
