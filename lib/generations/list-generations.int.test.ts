import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { listGenerations, listQuerySchema } from "./list-generations";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof createUser>>;
let teammate: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  t = await openTestDatabase();
  owner = await createUser(t.db, { name: "Owner" });
  teammate = await createUser(t.db, { name: "Mate" });
  await t.db.membership.create({
    data: { userId: teammate.user.id, workspaceId: owner.workspace.id, role: "member" },
  });
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 30; i++) {
    await t.db.generation.create({
      data: {
        workspaceId: owner.workspace.id,
        creatorId: i % 3 === 0 ? teammate.user.id : owner.user.id,
        idempotencyKey: `k-${i}`,
        prompt: i === 7 ? "A Lighthouse in a STORM" : `Scene number ${i}`,
        model: i % 2 ? "grok-imagine-video" : "grok-imagine-video-1.5-preview",
        aspectRatio: i % 5 === 0 ? "9:16" : "16:9",
        resolution: "480p",
        durationSec: 6,
        state: i % 4 === 0 ? "failed" : "ready",
        favorite: i % 6 === 0,
        deletedAt: i === 29 ? new Date() : null,
        // Ties on createdAt must still page without gaps or repeats.
        createdAt: new Date(base + Math.floor(i / 2) * 1000),
      },
    });
  }
});
afterAll(() => t.close());

const sign = async (key: string) => `/signed/${key}`;
const list = (query: Record<string, string>) =>
  listGenerations(t.db, {
    workspaceId: owner.workspace.id,
    query: listQuerySchema.parse(query),
    signVideoUrl: sign,
  });

describe("listGenerations", () => {
  it("pages newest first through every row exactly once, skipping deleted ones", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await list({ limit: "7", ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((g) => g.prompt));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(29);
    expect(new Set(seen).size).toBe(29);
    expect(seen[0]).toBe("Scene number 28");
  });

  it("filters by state, model, aspect ratio, favourites and creator, and searches prompts", async () => {
    expect((await list({ status: "failed" })).items.map((g) => g.state)).toEqual(Array(8).fill("failed"));
    expect(new Set((await list({ model: "grok-imagine-video" })).items.map((g) => g.model))).toEqual(
      new Set(["grok-imagine-video"]),
    );
    expect((await list({ aspectRatio: "9:16" })).items.map((g) => g.aspectRatio)).toEqual(
      Array(6).fill("9:16"),
    );
    expect((await list({ favorite: "true" })).items.every((g) => g.favorite)).toBe(true);
    const mine = await list({ creator: teammate.user.id, limit: "100" });
    expect(mine.items.every((g) => g.creator.id === teammate.user.id)).toBe(true);
    expect(mine.items).toHaveLength(10);
    expect((await list({ q: "lighthouse in a storm" })).items.map((g) => g.prompt)).toEqual([
      "A Lighthouse in a STORM",
    ]);
  });

  it("never shows another workspace's generations", async () => {
    const stranger = await createUser(t.db);
    const page = await listGenerations(t.db, {
      workspaceId: stranger.workspace.id,
      query: listQuerySchema.parse({}),
      signVideoUrl: sign,
    });
    expect(page.items).toEqual([]);
  });

  it("says whether each playable video is in our storage, and why not after the last attempt", async () => {
    const { user, workspace } = await createUser(t.db);
    const providerVideoUrl = "https://cdn.acedata.cloud/v.mp4";
    const make = (prompt: string, data: Record<string, unknown>) =>
      t.db.generation.create({
        data: {
          workspaceId: workspace.id,
          creatorId: user.id,
          idempotencyKey: `saved-${prompt}`,
          prompt,
          model: "grok-imagine-video",
          aspectRatio: "16:9",
          resolution: "480p",
          durationSec: 6,
          ...data,
        },
      });
    const asset = await t.db.asset.create({
      data: {
        workspaceId: workspace.id,
        kind: "video",
        storageKey: "videos/stored.mp4",
        contentType: "video/mp4",
        sizeBytes: 10,
        checksum: "0".repeat(64),
      },
    });
    await make("stored", { state: "ready", providerVideoUrl, videoAssetId: asset.id, mirrorAttempts: 1 });
    await make("saving", {
      state: "succeeded",
      providerVideoUrl,
      mirrorAttempts: 2,
      mirrorError: "The provider's file host answered 503.",
    });
    await make("not saved", {
      state: "succeeded",
      providerVideoUrl,
      mirrorAttempts: MIRROR_ATTEMPTS,
      mirrorError: "The provider's file host answered 404.",
    });
    await make("running", { state: "running", mirrorError: "left over" });
    await make("failed", { state: "failed", mirrorAttempts: MIRROR_ATTEMPTS, mirrorError: "left over" });

    const page = await listGenerations(t.db, {
      workspaceId: workspace.id,
      query: listQuerySchema.parse({}),
      signVideoUrl: sign,
    });
    const byPrompt = Object.fromEntries(
      page.items.map((g) => [
        g.prompt,
        {
          saved: g.saved,
          mirrorError: g.mirrorError,
          stored: g.stored,
          videoUrl: g.videoUrl?.replace(g.id, "<id>") ?? null,
        },
      ]),
    );
    expect(MIRROR_ATTEMPTS).toBe(8);
    expect(byPrompt).toEqual({
      stored: { saved: "stored", mirrorError: null, stored: true, videoUrl: "/api/generations/<id>/video" },
      // Still being tried: the last failure is said as it happened (with copyRetry's attempt count).
      saving: {
        saved: "saving",
        mirrorError: "The provider's file host answered 503.",
        stored: false,
        videoUrl: providerVideoUrl,
      },
      "not saved": {
        saved: "not_saved",
        mirrorError: "The provider's file host answered 404.",
        stored: false,
        videoUrl: providerVideoUrl,
      },
      running: { saved: null, mirrorError: null, stored: false, videoUrl: null },
      failed: { saved: null, mirrorError: null, stored: false, videoUrl: null },
    });
  });

  it("explains a bad filter", () => {
    expect(() => listQuerySchema.parse({ status: "done" })).toThrow(
      "status must be active, playable, failed or all",
    );
  });
});
