import { describe, expect, it } from "vitest";
import { findMentions } from "./mentions";

const members = [
  { userId: "ada", name: "Ada" },
  { userId: "ada-l", name: "Ada Lovelace" },
  { userId: "bo", name: "Bo" },
  { userId: "bo-2", name: "bo" },
];

describe("findMentions", () => {
  it("takes the longest member name written after each @, case-insensitively, at a word boundary", () => {
    expect(findMentions("@ada lovelace, see 0:07", members)).toEqual(["ada-l"]);
    expect(findMentions("@Ada: and @Ada Lovelace.", members)).toEqual(["ada", "ada-l"]);
    expect(findMentions("@Adam is nobody here", members)).toEqual([]);
    expect(findMentions("mail me at ada@example.test", members)).toEqual([]);
  });

  it("mentions both namesakes unless one was picked from the suggestions", () => {
    expect(findMentions("@Bo look", members).sort()).toEqual(["bo", "bo-2"]);
    expect(findMentions("@Bo look", members, ["bo-2"])).toEqual(["bo-2"]);
  });

  it("never finds someone who is not in the list, picked or not", () => {
    expect(findMentions("@Eve look", members, ["eve"])).toEqual([]);
  });
});
