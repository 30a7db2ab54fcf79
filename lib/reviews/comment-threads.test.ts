import { describe, expect, it } from "vitest";
import type { CommentDto } from "./comment-dto";
import { isOpen, toThreads } from "./comment-threads";

const comment = (id: string, parentId: string | null = null, resolved = false): CommentDto => ({
  id,
  body: id,
  atSeconds: null,
  author: { id: "u", name: "U", guest: false },
  mentions: [],
  createdAt: "2026-12-07T00:00:00.000Z",
  editedAt: null,
  parentId,
  resolved: resolved ? { at: "2026-12-07T00:00:00.000Z", by: "U" } : null,
});

describe("toThreads", () => {
  it("puts replies under the comment that opened their thread, in the order written", () => {
    const threads = toThreads([
      comment("a"),
      comment("b"),
      comment("a1", "a"),
      comment("b1", "b"),
      comment("a2", "a"),
    ]);
    expect(threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      ["a", ["a1", "a2"]],
      ["b", ["b1"]],
    ]);
  });

  it("keeps a reply whose first comment was deleted as a thread of its own", () => {
    expect(toThreads([comment("x1", "gone"), comment("b")]).map((t) => t.root.id)).toEqual(["x1", "b"]);
  });

  it("tells open threads from resolved ones by their first comment", () => {
    const [open, resolved] = toThreads([comment("a"), comment("b", null, true), comment("b1", "b")]);
    expect(isOpen(open!)).toBe(true);
    expect(isOpen(resolved!)).toBe(false);
  });
});
