import { describe, expect, it } from "vitest";
import { chapterIndexAt, readChapters, shotNameAt } from "./chapters";

const chapters = [
  { title: "Shot 1: a lighthouse at dusk", startSec: 0 },
  { title: "Shot 2: the keeper climbs", startSec: 6.04 },
  { title: "Shot 3", startSec: 12.5 },
];

describe("film chapters", () => {
  it("finds the shot playing at a moment, a seek landing just before a start included", () => {
    expect(chapterIndexAt(chapters, 0)).toBe(0);
    expect(chapterIndexAt(chapters, 6)).toBe(1);
    expect(chapterIndexAt(chapters, 11.9)).toBe(1);
    expect(chapterIndexAt(chapters, 99)).toBe(2);
  });

  it("names a moment's shot by its number, not its prompt", () => {
    expect(shotNameAt(chapters, 7)).toBe("Shot 2");
    expect(shotNameAt(chapters, 13)).toBe("Shot 3");
    expect(shotNameAt(null, 7)).toBeNull();
    expect(shotNameAt([], 7)).toBeNull();
  });

  it("reads stored chapters, keeping only title and start, and nothing else as chapters", () => {
    expect(readChapters([{ shotId: "s1", title: "Shot 1", startSec: 0 }])).toEqual([
      { title: "Shot 1", startSec: 0 },
    ]);
    expect(readChapters(null)).toBeNull();
    expect(readChapters([])).toBeNull();
    expect(readChapters([{ title: "Shot 1" }])).toBeNull();
    expect(readChapters({ title: "Shot 1", startSec: 0 })).toBeNull();
  });
});
