import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { getGenerationDetail, type SignStorageUrl } from "./get-generation-detail";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const sign: SignStorageUrl = async (key, options) =>
  `/signed/${key}${options?.downloadName ? `?dl=${options.downloadName}` : ""}`;
const detail = (id: string, workspaceId = team.workspaceId) =>
  getGenerationDetail({ db: t.db, workspaceId, id, sign });

let assetCount = 0;
const asset = (workspaceId: string, kind: "image" | "video" = "image") =>
  t.db.asset.create({
    data: {
      workspaceId,
      kind,
      storageKey: `k/${++assetCount}-${Math.random().toString(36).slice(2)}.${kind === "video" ? "mp4" : "png"}`,
      contentType: kind === "video" ? "video/mp4" : "image/png",
      sizeBytes: 10,
      checksum: "0".repeat(64),
    },
  });

describe("getGenerationDetail", () => {
  it("shows where a video came from and its latest six remixes, skipping deleted ones", async () => {
    const ws = team.workspaceId;
    const source = await createGeneration(t.db, {
      workspaceId: ws,
      creatorId: team.owner.userId,
      prompt: "Source",
    });
    const middle = await createGeneration(t.db, {
      workspaceId: ws,
      creatorId: team.member.userId,
      prompt: "Middle",
      remixedFromId: source.id,
    });
    const base = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 8; i++) {
      await createGeneration(t.db, {
        workspaceId: ws,
        creatorId: team.member.userId,
        prompt: `Remix ${i}`,
        remixedFromId: middle.id,
        createdAt: new Date(base + i * 1000),
        deletedAt: i === 7 ? new Date() : null,
      });
    }
    const d = await detail(middle.id);
    expect(d.remixedFrom).toEqual({ id: source.id, prompt: "Source" });
    expect(d.remixes.map((r) => r.prompt)).toEqual([
      "Remix 6",
      "Remix 5",
      "Remix 4",
      "Remix 3",
      "Remix 2",
      "Remix 1",
    ]);
    expect(d.creator).toEqual({ id: team.member.userId, name: "Member" });

    await t.db.generation.update({ where: { id: source.id }, data: { deletedAt: new Date() } });
    expect((await detail(middle.id)).remixedFrom).toBeNull();
  });

  it("signs the input and reference images in order, and a named attachment URL for the stored video", async () => {
    const ws = team.workspaceId;
    const [input, refA, refB, video, foreign] = await Promise.all([
      asset(ws),
      asset(ws),
      asset(ws),
      asset(ws, "video"),
      asset(team.outsider.workspace.id),
    ]);
    const g = await createGeneration(t.db, {
      workspaceId: ws,
      creatorId: team.owner.userId,
      prompt: "A lighthouse in a storm, waves",
      inputImageId: input.id,
      referenceImageIds: [refB.id, foreign.id, refA.id],
      videoAssetId: video.id,
      providerVideoUrl: "https://cdn.example/v.mp4",
    });
    const d = await detail(g.id);
    expect(d.inputImage).toMatchObject({ id: input.id, url: `/signed/${input.storageKey}` });
    expect(d.referenceImages.map(({ id, url }) => ({ id, url }))).toEqual([
      { id: refB.id, url: `/signed/${refB.storageKey}` },
      { id: refA.id, url: `/signed/${refA.storageKey}` },
    ]);
    // It plays from the address that checks membership and signs the stored copy per request.
    expect(d.videoUrl).toBe(`/api/generations/${g.id}/video`);
    expect(d).toMatchObject({ stored: true, saved: "stored", mirrorError: null });
    expect(d.downloadUrl).toBe(
      `/signed/${video.storageKey}?dl=a-lighthouse-in-a-storm-waves-${g.id.slice(-4)}.mp4`,
    );
    expect(d.remixedFrom).toBeNull();
    expect(d.remixes).toEqual([]);
  });

  it("falls back to the provider URL before our copy exists, and to nothing without a video", async () => {
    const ws = team.workspaceId;
    const succeeded = await createGeneration(t.db, {
      workspaceId: ws,
      creatorId: team.owner.userId,
      state: "succeeded",
      providerVideoUrl: "https://cdn.example/v.mp4",
    });
    expect((await detail(succeeded.id)).downloadUrl).toBe("https://cdn.example/v.mp4");
    const failed = await createGeneration(t.db, {
      workspaceId: ws,
      creatorId: team.owner.userId,
      state: "failed",
    });
    expect(await detail(failed.id)).toMatchObject({ downloadUrl: null, videoUrl: null, phase: "failed" });
  });

  it("keeps a video that could not be copied playable and downloadable, saying why it is not saved", async () => {
    const g = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
      state: "succeeded",
      providerVideoUrl: "https://cdn.example/v.mp4",
      mirrorAttempts: 8,
      mirrorError: "The video is larger than 200 MB.",
    });
    expect(await detail(g.id)).toMatchObject({
      phase: "playable",
      stored: false,
      saved: "not_saved",
      mirrorError: "The video is larger than 200 MB.",
      videoUrl: "https://cdn.example/v.mp4",
      downloadUrl: "https://cdn.example/v.mp4",
    });
    await t.db.generation.update({ where: { id: g.id }, data: { mirrorAttempts: 2 } });
    expect(await detail(g.id)).toMatchObject({
      saved: "saving",
      mirrorError: "The video is larger than 200 MB.",
      copyRetry: { failed: 2, of: 8 },
    });
  });

  it("answers not_found for another workspace's video, a deleted one and an unknown id", async () => {
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.owner.userId });
    await expect(detail(g.id, team.outsider.workspace.id)).rejects.toMatchObject({ code: "not_found" });
    const gone = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
      deletedAt: new Date(),
    });
    await expect(detail(gone.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(detail("no-such-id")).rejects.toMatchObject({ code: "not_found" });
  });
});
