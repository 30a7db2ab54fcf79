import { describe, expect, it } from "vitest";
import { boxRatio, posterSizes, ROW_HEIGHT_CLASS, ROW_HEIGHTS } from "./row-heights";

describe("row heights", () => {
  it("sets the CSS layout's --row-h to the heights the stills are sized for", () => {
    const prefix: Record<number, string> = { 0: "", 640: "sm:", 1024: "lg:", 1280: "xl:" };
    const classes = ROW_HEIGHT_CLASS.split(" ").sort();
    expect(classes).toEqual(
      ROW_HEIGHTS.flatMap((r) => [
        `${prefix[r.minWidth]}[--row-h:${r.height}px]`,
        `${prefix[r.minWidth]}[--r-min:${r.minRatio}]`,
      ]).sort(),
    );
  });

  it("lets two 16:9 cards share a phone's row, and four 3:4 boxes", () => {
    const phone = ROW_HEIGHTS.find((r) => r.minWidth === 0)!;
    const width = 393 - 32; // a Pixel 7 less the page's padding
    expect(2 * (16 / 9) * phone.height + 4).toBeLessThanOrEqual(width);
    expect(4 * boxRatio(9 / 16, phone.minRatio) * phone.height + 12).toBeLessThanOrEqual(width);
  });

  it("asks for the small still on a 1× desktop and the large one on a phone's dense screen", () => {
    const wide = posterSizes(16 / 9);
    expect(wide).toBe(
      "(min-width: 1280px) 299px, (min-width: 1024px) 278px, (min-width: 640px) 320px, 212px",
    );
    // A Pixel 7 (2.625 device pixels per px) needs 557 px for a 16:9 card: the 640 still.
    expect(212 * 2.625).toBeGreaterThan(320);
    // A portrait card on the same phone (a 3:4 box) fits in the 320 still.
    expect(posterSizes(9 / 16).endsWith(" 90px")).toBe(true);
  });
});
