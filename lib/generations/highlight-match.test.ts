import { describe, expect, it } from "vitest";
import { matchParts } from "./highlight-match";

const marked = (prompt: string, search: string) =>
  matchParts(prompt, search)
    .filter((p) => p.hit)
    .map((p) => p.text);

describe("matchParts", () => {
  it("marks the words a search found, as typed or with a typo", () => {
    expect(marked("A whale breaching at dawn", "whale")).toEqual(["whale"]);
    expect(marked("A whale breaching at dawn", "wale")).toEqual(["whale"]);
    expect(marked("Lighthouses in a storm", "lightho storm")).toEqual(["Lighthouses", "storm"]);
    expect(marked("Paper lanterns rising over a lake", "lantrens risng")).toEqual(["lanterns rising"]);
  });

  it("keeps the prompt whole, in order, and marks nothing for an empty search or a far word", () => {
    const parts = matchParts("A whale, at dawn", "whale");
    expect(parts.map((p) => p.text).join("")).toBe("A whale, at dawn");
    expect(marked("A whale at dawn", "")).toEqual([]);
    expect(marked("A whale at dawn", "giraffe")).toEqual([]);
  });
});
