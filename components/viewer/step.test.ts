import { describe, expect, it } from "vitest";
import { stepFrom } from "./step";

describe("stepFrom", () => {
  const ids = ["a", "b", "c"];

  it("goes to the neighbour in either direction", () => {
    expect(stepFrom(ids, "b", 1, false)).toEqual({ kind: "go", id: "c" });
    expect(stepFrom(ids, "b", -1, false)).toEqual({ kind: "go", id: "a" });
  });

  it("asks for more past the end only when there is more", () => {
    expect(stepFrom(ids, "c", 1, true)).toEqual({ kind: "load-more" });
    expect(stepFrom(ids, "c", 1, false)).toEqual({ kind: "none" });
  });

  it("stops before the first and for an id that is not in the list", () => {
    expect(stepFrom(ids, "a", -1, true)).toEqual({ kind: "none" });
    expect(stepFrom(ids, "zz", 1, true)).toEqual({ kind: "none" });
  });
});
