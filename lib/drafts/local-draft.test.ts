import { describe, expect, it } from "vitest";
import type { DraftDto } from "./draft-schema";
import { localDraftKey, newerLocal, readLocalDraft, writeLocalDraft } from "./local-draft";

const draft = (prompt: string, updatedAt: string): DraftDto => ({
  prompt,
  model: null,
  aspectRatio: null,
  resolution: null,
  durationSec: null,
  inputImage: null,
  referenceImages: [],
  remix: null,
  droppedImages: 0,
  updatedAt,
});

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
};

describe("local draft", () => {
  it("is kept per user and workspace", () => {
    const storage = memory();
    const a = localDraftKey({ userId: "u1", workspaceId: "w1" });
    const b = localDraftKey({ userId: "u2", workspaceId: "w1" });
    writeLocalDraft(storage, a, draft("mine", "2026-12-02T10:00:00.000Z"));
    expect(readLocalDraft(storage, a)?.prompt).toBe("mine");
    expect(readLocalDraft(storage, b)).toBeNull();
  });

  it("forgets a corrupt or foreign entry instead of failing", () => {
    const storage = memory();
    storage.setItem("k", "{not json");
    expect(readLocalDraft(storage, "k")).toBeNull();
    storage.setItem("k", JSON.stringify({ prompt: 3 }));
    expect(readLocalDraft(storage, "k")).toBeNull();
  });

  it("newest wins between the server's copy and the local one", () => {
    const server = draft("server", "2026-12-02T10:00:00.000Z");
    expect(newerLocal(server, draft("older", "2026-12-02T09:59:59.000Z"))).toBeNull();
    expect(newerLocal(server, draft("newer", "2026-12-02T10:00:01.000Z"))?.prompt).toBe("newer");
    expect(newerLocal(null, draft("only", "2026-12-02T08:00:00.000Z"))?.prompt).toBe("only");
    expect(newerLocal(server, null)).toBeNull();
  });
});
