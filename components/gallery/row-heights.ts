/**
 * The gallery's row height per screen width (px): Tailwind's sm, lg and xl breakpoints, widest
 * first, and the narrowest shape a card's box takes there (`minRatio`). ROW_HEIGHT_CLASS sets the
 * same values as the `--row-h` and `--r-min` the CSS layout uses (literals, so Tailwind finds
 * them; row-heights.test.ts keeps the two in step).
 *
 * On a phone, wide and tall videos side by side made unbalanced rows: a lone 16:9 card the full
 * width (twice the height of its neighbours) between rows of five 9:16 slivers. There a tall card's
 * box is at least 3:4 (its video is cropped top and bottom to fill it), and the row height lets two
 * 16:9 cards share a row: every full row holds two to four cards of similar height.
 */
export const ROW_HEIGHTS = [
  { minWidth: 1280, height: 140, minRatio: 0 },
  { minWidth: 1024, height: 130, minRatio: 0 },
  { minWidth: 640, height: 150, minRatio: 0 },
  { minWidth: 0, height: 99, minRatio: 0.75 },
] as const;

export const ROW_HEIGHT_CLASS =
  "[--row-h:99px] [--r-min:0.75] sm:[--row-h:150px] sm:[--r-min:0] lg:[--row-h:130px] lg:[--r-min:0] xl:[--row-h:140px] xl:[--r-min:0]";

/** The shape of a card's box: its video's, but never narrower than the screen's `minRatio`. */
export const boxRatio = (ratio: number, minRatio: number) => Math.max(ratio, minRatio);

/**
 * A full row is stretched to the width, usually by a few percent (a lone portrait card beside a
 * wide one can stretch more): asking for a fifth more picks the small still on a 1× desktop and
 * the large one on a phone's dense screen.
 */
const STRETCH = 1.2;

/** `sizes` for a card's still: its width at each row height. */
export function posterSizes(ratio: number): string {
  return ROW_HEIGHTS.map(({ minWidth, height, minRatio }) => {
    const width = `${Math.ceil(height * boxRatio(ratio, minRatio) * STRETCH)}px`;
    return minWidth > 0 ? `(min-width: ${minWidth}px) ${width}` : width;
  }).join(", ");
}
