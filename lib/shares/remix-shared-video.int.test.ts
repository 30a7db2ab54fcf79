import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeam } from "@/lib/testing/generation-fixtures";
import { storedVideo } from "@/lib/testing/share-fixtures";
import { createShareLink } from "./create-share-link";
import { openShareLink } from "./open-share-link";
import { remixSharedVideo } from "./remix-shared-video";
import { deriveProofKey } from "./share-proof";
import { studioSettingsQuery } from "./studio-settings-query";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
const proofKey = deriveProofKey("remix-test-secret-that-is-long-enough");
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

async function sharedVideo() {
  const g = await storedVideo(t.db, {
    workspaceId: team.workspaceId,
    creatorId: team.member.userId,
    prompt: "A paper boat on a puddle, slow motion",
  });
  await t.db.generation.update({
    where: { id: g.id },
    data: { model: "grok-imagine-video", aspectRatio: "9:16", resolution: "720p", durationSec: 10 },
  });
  const made = await createShareLink({
    db: t.db,
    workspaceId: team.workspaceId,
    ...team.member,
    input: {
      generationIds: [g.id],
      title: null,
      expiresIn: "never",
      password: null,
      allowDownload: false,
      showPrompt: true,
    },
  });
  const opened = await openShareLink(t.db, { token: made.path.slice(3), proofKey });
  if (!opened.ok) throw new Error(opened.reason);
  return { generation: g, video: opened.share.videos[0]! };
}

const membershipsOf = async (userId: string) =>
  (await t.db.membership.findMany({ where: { userId }, include: { workspace: true } })).map((m) => ({
    id: m.workspaceId,
    role: m.role,
    personal: m.workspace.personal,
  }));

describe("Make one like this", () => {
  it("puts the prompt and settings in the outsider's own draft: no images, no lineage, no ids", async () => {
    const { generation, video } = await sharedVideo();
    const outsider = team.outsider;
    const result = await remixSharedVideo(t.db, {
      userId: outsider.user.id,
      current: { workspaceId: outsider.workspace.id, role: "owner" },
      workspaces: await membershipsOf(outsider.user.id),
      video,
    });
    expect(result.workspaceId).toBe(outsider.workspace.id);
    const draft = await t.db.createDraft.findUniqueOrThrow({
      where: { userId_workspaceId: { userId: outsider.user.id, workspaceId: outsider.workspace.id } },
    });
    expect(draft).toMatchObject({
      prompt: "A paper boat on a puddle, slow motion",
      model: "grok-imagine-video",
      aspectRatio: "9:16",
      resolution: "720p",
      durationSec: 10,
      inputImageId: null,
      referenceImageIds: [],
      remixedFromId: null,
    });
    expect(JSON.stringify(draft)).not.toContain(generation.id);
    expect(studioSettingsQuery(result.settings)).toBe(
      "model=grok-imagine-video&ar=9%3A16&res=720p&dur=10&create=1",
    );
  });

  it("uses the personal studio of a viewer (who cannot create in the team) and switches them to it", async () => {
    const { video } = await sharedVideo();
    const viewer = await t.db.user.findUniqueOrThrow({ where: { id: team.viewer.userId } });
    const workspaces = await membershipsOf(viewer.id);
    const personal = workspaces.find((w) => w.personal)!;
    const result = await remixSharedVideo(t.db, {
      userId: viewer.id,
      current: { workspaceId: team.workspaceId, role: "viewer" },
      workspaces,
      video,
    });
    expect(result.workspaceId).toBe(personal.id);
    const after = await t.db.user.findUniqueOrThrow({ where: { id: viewer.id } });
    expect(after.activeWorkspaceId).toBe(personal.id);
    const teamDraft = await t.db.createDraft.findUnique({
      where: { userId_workspaceId: { userId: viewer.id, workspaceId: team.workspaceId } },
    });
    expect(teamDraft).toBeNull();
  });

  it("refuses someone who may create nowhere, writing nothing", async () => {
    const { video } = await sharedVideo();
    await expect(
      remixSharedVideo(t.db, {
        userId: team.viewer.userId,
        current: { workspaceId: team.workspaceId, role: "viewer" },
        workspaces: [{ id: team.workspaceId, role: "viewer", personal: false }],
        video,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
