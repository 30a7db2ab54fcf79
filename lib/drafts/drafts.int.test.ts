import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { draftInputSchema, type DraftInput } from "./draft-schema";
import { loadDraft } from "./load-draft";
import { saveDraft } from "./save-draft";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

const sign = async (key: string) => `/api/files/${key}?sig=test`;
const blank: DraftInput = draftInputSchema.parse({
  prompt: "",
  model: null,
  aspectRatio: null,
  resolution: null,
  durationSec: null,
  inputImageId: null,
  referenceImageIds: [],
  remixedFromId: null,
});

const image = (workspaceId: string, width = 640) =>
  t.db.asset.create({
    data: {
      workspaceId,
      kind: "image",
      storageKey: `uploads/${randomBytes(6).toString("hex")}.png`,
      contentType: "image/png",
      sizeBytes: 100,
      width,
      height: 480,
      checksum: randomBytes(32).toString("hex"),
    },
  });

describe("saveDraft / loadDraft", () => {
  it("keeps prompt, settings, images in the user's order and the remix source", async () => {
    const who = { userId: team.member.userId, workspaceId: team.workspaceId };
    const [input, a, b, c] = await Promise.all([1, 2, 3, 4].map((n) => image(team.workspaceId, n * 100)));
    const source = await createGeneration(t.db, {
      workspaceId: who.workspaceId,
      creatorId: who.userId,
      prompt: "The source",
    });
    await saveDraft(t.db, {
      ...who,
      draft: {
        ...blank,
        prompt: "A heron at dawn",
        model: "grok-imagine-video-1.5-preview",
        aspectRatio: "9:16",
        resolution: "720p",
        durationSec: 9,
        inputImageId: input!.id,
        referenceImageIds: [c!.id, a!.id, b!.id],
        remixedFromId: source.id,
      },
    });
    const draft = await loadDraft(t.db, { ...who, sign });
    expect(draft).toMatchObject({
      prompt: "A heron at dawn",
      model: "grok-imagine-video-1.5-preview",
      aspectRatio: "9:16",
      resolution: "720p",
      durationSec: 9,
      inputImage: { id: input!.id, width: 100, url: expect.stringMatching(/^\/api\/files\/uploads\//) },
      remix: { id: source.id, prompt: "The source" },
      droppedImages: 0,
    });
    expect(draft!.referenceImages.map((r) => r.id)).toEqual([c!.id, a!.id, b!.id]);
  });

  it("is per user: a teammate's draft in the same workspace is their own, and a save overwrites", async () => {
    const mine = { userId: team.admin.userId, workspaceId: team.workspaceId };
    const theirs = { userId: team.otherMember.userId, workspaceId: team.workspaceId };
    await saveDraft(t.db, { ...mine, draft: { ...blank, prompt: "first" } });
    const first = await loadDraft(t.db, { ...mine, sign });
    await saveDraft(t.db, { ...mine, draft: { ...blank, prompt: "second" } });
    await saveDraft(t.db, { ...theirs, draft: { ...blank, prompt: "theirs" } });
    const second = await loadDraft(t.db, { ...mine, sign });
    expect(second?.prompt).toBe("second");
    expect(Date.parse(second!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(first!.updatedAt));
    expect((await loadDraft(t.db, { ...theirs, sign }))?.prompt).toBe("theirs");
    expect(
      await loadDraft(t.db, { userId: team.viewer.userId, workspaceId: team.workspaceId, sign }),
    ).toBeNull();
    expect(await t.db.createDraft.count({ where: { userId: mine.userId } })).toBe(1);
  });

  it("drops images that were cleaned away or belong to another workspace, and counts them", async () => {
    const who = { userId: team.owner.userId, workspaceId: team.workspaceId };
    const [kept, cleaned] = await Promise.all([image(team.workspaceId), image(team.workspaceId)]);
    const foreign = await image(team.outsider.workspace.id);
    await saveDraft(t.db, {
      ...who,
      draft: { ...blank, inputImageId: cleaned!.id, referenceImageIds: [foreign.id, kept!.id] },
    });
    await t.db.asset.delete({ where: { id: cleaned!.id } });
    const draft = await loadDraft(t.db, { ...who, sign });
    expect(draft?.inputImage).toBeNull();
    expect(draft?.referenceImages.map((r) => r.id)).toEqual([kept!.id]);
    expect(draft?.droppedImages).toBe(2);
  });

  it("never keeps lineage to another workspace's video, and ends it when the source is deleted", async () => {
    const who = { userId: team.outsider.user.id, workspaceId: team.outsider.workspace.id };
    const teamVideo = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
    });
    await saveDraft(t.db, { ...who, draft: { ...blank, prompt: "x", remixedFromId: teamVideo.id } });
    expect(
      (await t.db.createDraft.findUniqueOrThrow({ where: { userId_workspaceId: who } })).remixedFromId,
    ).toBeNull();

    const own = await createGeneration(t.db, { workspaceId: who.workspaceId, creatorId: who.userId });
    await saveDraft(t.db, { ...who, draft: { ...blank, prompt: "y", remixedFromId: own.id } });
    expect((await loadDraft(t.db, { ...who, sign }))?.remix?.id).toBe(own.id);
    await t.db.generation.update({ where: { id: own.id }, data: { deletedAt: new Date() } });
    expect((await loadDraft(t.db, { ...who, sign }))?.remix).toBeNull();
  });

  it("the schema bounds a draft and strips what PostgreSQL cannot store", () => {
    expect(draftInputSchema.safeParse({ ...blank, referenceImageIds: Array(11).fill("x") }).success).toBe(
      false,
    );
    expect(draftInputSchema.safeParse({ ...blank, model: "gpt-video" }).success).toBe(false);
    expect(draftInputSchema.parse({ ...blank, prompt: "a\u0000b" }).prompt).toBe("ab");
  });
});
