import { describe, expect, it } from "vitest";
import { activeMention, suggestMembers } from "./mention-query";

const members = [
  { userId: "a", name: "Ada Lovelace" },
  { userId: "b", name: "Bo Diddley" },
  { userId: "c", name: "Adam Admin" },
];

describe("the mention being typed", () => {
  it("is the text from an @ at a word's start up to the caret", () => {
    expect(activeMention("Nice @Ad", 8)).toEqual({ start: 5, query: "Ad" });
    expect(activeMention("@", 1)).toEqual({ start: 0, query: "" });
    expect(activeMention("@Ada Lo", 7)).toEqual({ start: 0, query: "Ada Lo" });
    expect(activeMention("mail ada@example", 16)).toBeNull();
    expect(activeMention("@Ada\nnext line", 14)).toBeNull();
    expect(activeMention("no mention", 10)).toBeNull();
  });

  it("suggests members whose name or a word of it starts with it", () => {
    expect(suggestMembers(members, "ad").map((m) => m.userId)).toEqual(["a", "c"]);
    expect(suggestMembers(members, "lov").map((m) => m.userId)).toEqual(["a"]);
    expect(suggestMembers(members, "").map((m) => m.userId)).toEqual(["a", "b", "c"]);
    expect(suggestMembers(members, "zed")).toEqual([]);
  });
});
