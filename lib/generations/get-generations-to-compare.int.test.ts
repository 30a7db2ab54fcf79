import type { Prisma } from "@/lib/db/generated/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { createUser } from "@/lib/testing/factories";
import { getGenerationsToCompare } from "./get-generations-to-compare";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const compare = (ids: string[], workspaceId = team.workspaceId) =>
  getGenerationsToCompare({ db: t.db, workspaceId, ids, sign: async (key) => `/signed/${key}` });

let assetCount = 0;
const storedVideo = (workspaceId: string) =>
  t.db.asset.create({
    data: {
      workspaceId,
      kind: "video",
      storageKey: `v/${++assetCount}-${Math.random().toString(36).slice(2)}.mp4`,
      contentType: "video/mp4",
      sizeBytes: 10,
      checksum: "0".repeat(64),
    },
  });

async function readyVideo(prompt: string, extra: Partial<Prisma.GenerationUncheckedCreateInput> = {}) {
  const asset = await storedVideo(team.workspaceId);
  return createGeneration(t.db, {
    workspaceId: team.workspaceId,
    creatorId: team.member.userId,
    prompt,
    videoAssetId: asset.id,
    providerVideoUrl: "https://cdn.example/v.mp4",
    ...extra,
  });
}

describe("getGenerationsToCompare", () => {
  it("loads two to four videos of the workspace in the order asked, with their settings and creators", async () => {
    const a = await readyVideo("Lanterns A", { durationSec: 8, model: "grok-imagine-video-1.5-preview" });
    const b = await readyVideo("Lanterns B", { creatorId: team.owner.userId, aspectRatio: "9:16" });
    const c = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.admin.userId,
      prompt: "Lanterns C",
      state: "succeeded",
      providerVideoUrl: "https://cdn.example/c.mp4",
    });
    const d = await readyVideo("Lanterns D", { resolution: "720p" });

    const four = await compare([d.id, a.id, c.id, b.id]);
    expect(four.map((g) => g.prompt)).toEqual(["Lanterns D", "Lanterns A", "Lanterns C", "Lanterns B"]);
    expect(four[1]).toMatchObject({
      model: "grok-imagine-video-1.5-preview",
      durationSec: 8,
      aspectRatio: "16:9",
      resolution: "480p",
      creator: { id: team.member.userId, name: "Member" },
      stored: true,
    });
    expect(four[1]!.videoUrl).toBe(`/api/generations/${four[1]!.id}/video`);
    // Before our copy exists it plays from the provider's URL.
    expect(four[2]).toMatchObject({ videoUrl: "https://cdn.example/c.mp4", creator: { name: "Admin" } });
    expect(four[3]).toMatchObject({ aspectRatio: "9:16", creator: { name: "Owner" } });
    // Only a name goes to the browser, never the creator's email.
    expect(JSON.stringify(four)).not.toContain("@");

    expect((await compare([a.id, b.id])).map((g) => g.id)).toEqual([a.id, b.id]);
  });

  it("names a creator without a name by the start of their email", async () => {
    const nameless = await createUser(t.db, { email: "sam.nameless@example.test" });
    await t.db.user.update({ where: { id: nameless.user.id }, data: { name: null } });
    await t.db.membership.create({
      data: { userId: nameless.user.id, workspaceId: team.workspaceId, role: "member" },
    });
    const a = await readyVideo("By Sam", { creatorId: nameless.user.id });
    const b = await readyVideo("By Member");
    expect((await compare([a.id, b.id]))[0]!.creator).toEqual({ id: nameless.user.id, name: "sam.nameless" });
  });

  it("refuses another workspace's video, without showing any of it", async () => {
    const mine = await readyVideo("Mine");
    const theirs = await createGeneration(t.db, {
      workspaceId: team.outsider.workspace.id,
      creatorId: team.outsider.user.id,
      prompt: "Outsider's secret",
    });
    const refusal = compare([mine.id, theirs.id]);
    await expect(refusal).rejects.toMatchObject({
      code: "not_found",
      message: "1 of these videos is not in this workspace: deleted, or in another workspace.",
    });
    await expect(refusal).rejects.not.toMatchObject({ message: expect.stringContaining("secret") });
    // Asked from the outsider's own workspace, the team's video is the stranger.
    await expect(compare([theirs.id, mine.id], team.outsider.workspace.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(compare([theirs.id, "no-such-id"])).rejects.toMatchObject({
      code: "not_found",
      message:
        "None of these videos is in this workspace: they were deleted, or belong to another workspace.",
    });
  });

  it("refuses a deleted video", async () => {
    const a = await readyVideo("Kept");
    const gone = await readyVideo("Deleted", { deletedAt: new Date() });
    await expect(compare([a.id, gone.id])).rejects.toMatchObject({ code: "not_found" });
  });

  it("refuses one video, five videos and the same video twice", async () => {
    const v = await Promise.all([1, 2, 3, 4, 5].map((i) => readyVideo(`Count ${i}`)));
    const ids = v.map((g) => g.id);
    await expect(compare(ids.slice(0, 1))).rejects.toMatchObject({
      code: "bad_request",
      message: "Pick 2 to 4 videos to compare (you picked 1).",
    });
    await expect(compare(ids)).rejects.toMatchObject({
      code: "bad_request",
      message: "Pick 2 to 4 videos to compare (you picked 5).",
    });
    await expect(compare([ids[0]!, ids[1]!, ids[0]!])).rejects.toMatchObject({
      code: "bad_request",
      message: "Pick 2 to 4 videos to compare, each one once.",
    });
    await expect(compare([ids[0]!, "bad\u0000id"])).rejects.toMatchObject({ code: "bad_request" });
    expect(await compare(ids.slice(0, 4))).toHaveLength(4);
  });

  it("refuses videos that have nothing to play yet: still being made, or failed", async () => {
    const done = await readyVideo("Done");
    const running = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "running",
    });
    const failed = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "failed",
    });
    await expect(compare([done.id, running.id, failed.id])).rejects.toMatchObject({
      code: "conflict",
      message:
        "2 of these videos have no video to play yet (still being made, or failed). Compare finished videos.",
    });
  });
});
