/**
 * The gallery's row height per screen width (px): Tailwind's sm, lg and xl breakpoints, widest
 * first. ROW_HEIGHT_CLASS sets the same values as the `--row-h` the CSS layout uses (a literal,
 * so Tailwind finds it; row-heights.test.ts keeps the two in step).
 */
export const ROW_HEIGHTS = [
  { minWidth: 1280, height: 140 },
  { minWidth: 1024, height: 130 },
  { minWidth: 640, height: 150 },
  { minWidth: 0, height: 108 },
] as const;

export const ROW_HEIGHT_CLASS = "[--row-h:108px] sm:[--row-h:150px] lg:[--row-h:130px] xl:[--row-h:140px]";

/**
 * A full row is stretched to the width, usually by a few percent (a lone portrait card beside a
 * wide one can stretch more): asking for a fifth more picks the small still on a 1× desktop and
 * the large one on a phone's dense screen.
 */
const STRETCH = 1.2;

/** `sizes` for a card's still: its width at each row height. */
export function posterSizes(ratio: number): string {
  return ROW_HEIGHTS.map(({ minWidth, height }) => {
    const width = `${Math.ceil(height * ratio * STRETCH)}px`;
    return minWidth > 0 ? `(min-width: ${minWidth}px) ${width}` : width;
  }).join(", ");
}
