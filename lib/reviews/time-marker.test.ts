import { describe, expect, it } from "vitest";
import { formatMarker, parseMarker, videoPageAt } from "./time-marker";

describe("time markers", () => {
  it("read like a player's clock", () => {
    expect(formatMarker(7.9)).toBe("0:07");
    expect(formatMarker(65)).toBe("1:05");
    expect(formatMarker(3723.4)).toBe("1:02:03");
  });

  it("link to the video page at that moment and come back from its ?t=", () => {
    expect(videoPageAt("g1", 12.5)).toBe("/g/g1?t=12.5");
    expect(videoPageAt("g1", null)).toBe("/g/g1");
    expect(parseMarker("12.5")).toBe(12.5);
    expect(parseMarker(["3", "4"])).toBe(3);
    for (const bad of ["-1", "abc", "1e3", "99999", "", undefined]) expect(parseMarker(bad)).toBeNull();
  });
});
