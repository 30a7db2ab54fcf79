import { describe, expect, it } from "vitest";
import { editDistance, typoDistance } from "./typo-distance";

describe("typoDistance", () => {
  it("counts a person's slips: a missing, extra, wrong or swapped letter", () => {
    expect(typoDistance("wale", "A humpback whale breaching")).toBe(1);
    expect(typoDistance("whael", "A humpback whale")).toBe(1);
    expect(typoDistance("lighthose", "A lighthouse in a storm")).toBe(1);
    expect(typoDistance("lanterns risng", "Paper lanterns rising over a lake")).toBe(1);
    expect(typoDistance("WHALE", "whale song")).toBe(0);
  });

  it("takes a word still being typed as the start of one", () => {
    expect(typoDistance("lightho", "A lighthouse in a storm")).toBe(0);
  });

  it("refuses what is more than a slip, and needs every word of the search", () => {
    expect(typoDistance("wale", "Kites over the dunes")).toBeNull();
    expect(typoDistance("xylophone", "A lighthouse in a storm")).toBeNull();
    expect(typoDistance("whale kites", "A humpback whale breaching")).toBeNull();
  });
});

describe("editDistance", () => {
  it("is the optimal string alignment distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("ab", "ba")).toBe(1);
    expect(editDistance("", "abc")).toBe(3);
  });
});
