import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, randomBytes } from "node:crypto";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { storedVideo } from "@/lib/testing/share-fixtures";
import { deleteGeneration } from "@/lib/generations/delete-generation";
import { can, canIn, canRevokeShare } from "@/lib/workspaces/permissions";
import { setWorkspaceRules } from "@/lib/workspaces/set-workspace-rules";
import { countShareView } from "./count-share-view";
import { createShareLink } from "./create-share-link";
import { listShareLinks } from "./list-share-links";
import { openShareLink } from "./open-share-link";
import { remakeShareLink } from "./remake-share-link";
import { revokeShareLink } from "./revoke-share-link";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { removeMember } from "@/lib/workspaces/remove-member";
import { createShareSchema, type CreateShareInput } from "./share-schema";
import { deriveProofKey } from "./share-proof";
import { unlockShareLink } from "./unlock-share-link";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
const proofKey = deriveProofKey("share-links-test-secret-that-is-long-enough");
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
});
afterAll(() => t.close());

type Who = { userId: string; role: "owner" | "admin" | "member" | "viewer" };
const video = (prompt = "A lighthouse in a storm") =>
  storedVideo(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId, prompt });
const input = (generationIds: string[], more: Partial<CreateShareInput> = {}): CreateShareInput =>
  createShareSchema.parse({
    generationIds,
    expiresIn: "never",
    allowDownload: false,
    showPrompt: true,
    ...more,
  });
const share = (who: Who, ids: string[], more: Partial<CreateShareInput> = {}, now?: Date) =>
  createShareLink({ db: t.db, workspaceId: team.workspaceId, ...who, input: input(ids, more), now });
const tokenOf = (path: string) => path.replace("/s/", "");
const open = (path: string, options: { proof?: string; now?: Date } = {}) =>
  openShareLink(t.db, { token: tokenOf(path), proofKey, ...options });
const links = () => t.db.shareLink.count({ where: { workspaceId: team.workspaceId } });

describe("creating a share link", () => {
  it("stores only the SHA-256 of a 144-bit token, and opens with the token", async () => {
    const g = await video();
    const created = await share(team.member, [g.id]);
    const token = tokenOf(created.path);
    expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(18);
    const row = await t.db.shareLink.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);

    const opened = await open(created.path);
    expect(opened).toMatchObject({ ok: true, share: { id: created.id, itemCount: 1 } });
    expect(opened.ok && opened.share.videos.map((v) => v.prompt)).toEqual(["A lighthouse in a storm"]);
    const activity = await t.db.activityEvent.findFirst({
      where: { workspaceId: team.workspaceId, action: "share.created" },
      orderBy: { createdAt: "desc" },
    });
    expect(activity).toMatchObject({ actorId: team.member.userId, subject: "A lighthouse in a storm" });
  });

  it("makes a reel in the order given, each video once", async () => {
    const [a, b, c] = [await video("First"), await video("Second"), await video("Third")];
    const created = await share(team.member, [b.id, a.id, b.id, c.id], { title: "Our reel" });
    const opened = await open(created.path);
    expect(opened.ok && opened.share.videos.map((v) => [v.position, v.prompt])).toEqual([
      [0, "Second"],
      [1, "First"],
      [2, "Third"],
    ]);
    expect(opened.ok && opened.share.title).toBe("Our reel");
  });

  it("refuses another workspace's video, an unfinished one and a deleted one, writing nothing", async () => {
    const outsiders = await storedVideo(t.db, {
      workspaceId: team.outsider.workspace.id,
      creatorId: team.outsider.user.id,
    });
    const unfinished = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "running",
    });
    const deleted = await video();
    await t.db.generation.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
    const ok = await video();
    const before = await links();
    await expect(share(team.member, [ok.id, outsiders.id])).rejects.toMatchObject({ code: "not_found" });
    await expect(share(team.member, [unfinished.id])).rejects.toMatchObject({ code: "conflict" });
    await expect(share(team.member, [deleted.id])).rejects.toMatchObject({ code: "not_found" });
    expect(await links()).toBe(before);
  });

  it("bounds a reel at 20 videos and a password at 6 characters (the form's schema)", () => {
    const ids = Array.from({ length: 21 }, (_, i) => `g${i}`);
    expect(
      createShareSchema.safeParse({
        generationIds: ids,
        expiresIn: "never",
        allowDownload: true,
        showPrompt: true,
      }).success,
    ).toBe(false);
    const short = createShareSchema.safeParse({
      generationIds: ["g"],
      expiresIn: "7d",
      password: "abc",
      allowDownload: true,
      showPrompt: true,
    });
    expect(short.error?.issues[0]?.message).toMatch(/at least 6 characters/);
    const empty = createShareSchema.parse({
      generationIds: ["g"],
      expiresIn: "7d",
      password: "",
      title: "  ",
      allowDownload: true,
      showPrompt: true,
    });
    expect(empty).toMatchObject({ password: null, title: null });
  });
});

describe("who may share and revoke (the permission table)", () => {
  it("lets each role create as the table says", async () => {
    for (const who of [team.viewer, team.member, team.admin, team.owner]) {
      const g = await video();
      const attempt = share(who, [g.id]);
      if (can(who.role, "shares.create"))
        await expect(attempt).resolves.toMatchObject({ path: expect.any(String) });
      else await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
    }
  });

  it("keeps share links to the roles the team's admins choose, from the moment they choose", async () => {
    const g = await video();
    const rule = (floor: "viewer" | "member" | "admin") =>
      setWorkspaceRules(t.db, {
        workspaceId: team.workspaceId,
        actorId: team.admin.userId,
        rules: { submitsPerMinute: null, publicLinksMinRole: floor },
      });
    try {
      await rule("admin");
      const before = await links();
      for (const who of [team.viewer, team.member]) {
        await expect(share(who, [g.id])).rejects.toMatchObject({
          code: "forbidden",
          message: expect.stringContaining("admins and above"),
        });
        expect(canIn(who.role, "shares.create", { publicLinksMinRole: "admin" })).toBe(false);
      }
      expect(await links()).toBe(before);
      await expect(share(team.admin, [g.id])).resolves.toMatchObject({ path: expect.any(String) });

      await rule("member");
      await expect(share(team.viewer, [g.id])).rejects.toMatchObject({ code: "forbidden" });
      await expect(share(team.member, [g.id])).resolves.toMatchObject({ path: expect.any(String) });
      const changes = await t.db.activityEvent.count({
        where: { workspaceId: team.workspaceId, action: "workspace.rules_changed" },
      });
      expect(changes).toBe(2);
    } finally {
      await rule("viewer");
    }
  });

  it("lets the link's maker revoke it, and admins anyone's; others are refused and nothing changes", async () => {
    const g = await video();
    for (const revoker of [team.viewer, team.otherMember, team.admin, team.owner]) {
      const made = await share(team.member, [g.id]);
      const attempt = revokeShareLink({ db: t.db, workspaceId: team.workspaceId, id: made.id, ...revoker });
      if (canRevokeShare(revoker, team.member.userId)) {
        await expect(attempt).resolves.toMatchObject({ id: made.id });
        expect(await open(made.path)).toEqual({ ok: false, reason: "revoked" });
      } else {
        await expect(attempt).rejects.toMatchObject({ code: "forbidden" });
        expect((await open(made.path)).ok).toBe(true);
      }
    }
    const own = await share(team.viewer, [g.id]);
    await revokeShareLink({ db: t.db, workspaceId: team.workspaceId, id: own.id, ...team.viewer });
    expect(await open(own.path)).toEqual({ ok: false, reason: "revoked" });
  });

  it("answers another workspace's link id as not found", async () => {
    const g = await video();
    const made = await share(team.member, [g.id]);
    await expect(
      revokeShareLink({
        db: t.db,
        workspaceId: team.outsider.workspace.id,
        id: made.id,
        userId: team.outsider.user.id,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect((await open(made.path)).ok).toBe(true);
  });
});

describe("opening a share link", () => {
  it("refuses an unknown or malformed token as not found", async () => {
    expect(await open(`/s/${randomBytes(18).toString("base64url")}`)).toEqual({
      ok: false,
      reason: "not_found",
    });
    expect(await open("/s/not-a-token")).toEqual({ ok: false, reason: "not_found" });
  });

  it("stops at its expiry", async () => {
    const g = await video();
    const madeAt = new Date("2026-05-01T12:00:00Z");
    const made = await share(team.member, [g.id], { expiresIn: "1d" }, madeAt);
    expect(made.expiresAt).toBe("2026-05-02T12:00:00.000Z");
    expect((await open(made.path, { now: new Date("2026-05-02T11:59:59Z") })).ok).toBe(true);
    expect(await open(made.path, { now: new Date("2026-05-02T12:00:00Z") })).toEqual({
      ok: false,
      reason: "expired",
    });
  });

  it("stops when its video is deleted; a reel keeps its other videos", async () => {
    const [a, b] = [await video("Kept"), await video("Deleted")];
    const single = await share(team.member, [b.id]);
    const reel = await share(team.member, [a.id, b.id]);
    await deleteGeneration({ db: t.db, workspaceId: team.workspaceId, id: b.id, ...team.member });
    expect(await open(single.path)).toEqual({ ok: false, reason: "deleted" });
    const opened = await open(reel.path);
    expect(opened.ok && opened.share.videos.map((v) => v.prompt)).toEqual(["Kept"]);
    expect(opened.ok && opened.share.itemCount).toBe(2);
  });

  it("asks for the password; a wrong one is refused, the right one gives a proof for this link only", async () => {
    const g = await video();
    const made = await share(team.member, [g.id], { password: "open sesame", title: "Cut 3" });
    const other = await share(team.member, [g.id], { password: "open sesame" });
    const row = await t.db.shareLink.findUniqueOrThrow({ where: { id: made.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await open(made.path)).toEqual({ ok: false, reason: "password_required", title: "Cut 3" });

    const unlock = (path: string, password: string) =>
      unlockShareLink(t.db, { token: tokenOf(path), password, ip: "198.51.100.7", proofKey });
    expect(await unlock(made.path, "open says me")).toEqual({
      ok: false,
      reason: "wrong_password",
      title: "Cut 3",
    });
    const right = await unlock(made.path, "open sesame");
    if (!right.ok) throw new Error(`expected the right password to open: ${right.reason}`);
    expect((await open(made.path, { proof: right.proof })).ok).toBe(true);
    expect(await open(other.path, { proof: right.proof })).toMatchObject({ reason: "password_required" });
    expect(await open(made.path, { proof: `${right.proof}x` })).toMatchObject({
      reason: "password_required",
    });
    // The proof is not a way around a revoke.
    await revokeShareLink({ db: t.db, workspaceId: team.workspaceId, id: made.id, ...team.member });
    expect(await open(made.path, { proof: right.proof })).toEqual({ ok: false, reason: "revoked" });
  });

  it("throttles password guessing like sign-in", async () => {
    const g = await video();
    const made = await share(team.member, [g.id], { password: "right password" });
    const results = [];
    for (let i = 0; i < 12; i++)
      results.push(
        await unlockShareLink(t.db, {
          token: tokenOf(made.path),
          password: `guess ${i}`,
          ip: "203.0.113.9",
          proofKey,
        }),
      );
    expect(results.slice(0, 5).every((r) => !r.ok && r.reason === "wrong_password")).toBe(true);
    expect(results.at(-1)).toMatchObject({
      ok: false,
      reason: "throttled",
      retryAfterSeconds: expect.any(Number),
    });
  }, 120_000);
});

describe("the lists of live links", () => {
  it("list links that still open with their views, per workspace and per video", async () => {
    const [a, b] = [await video("Listed A"), await video("Listed B")];
    const live = await share(team.member, [a.id], { title: "Live" });
    const expired = await share(team.member, [a.id], { expiresIn: "1d" }, new Date("2020-01-01T00:00:00Z"));
    const revoked = await share(team.member, [a.id]);
    await revokeShareLink({ db: t.db, workspaceId: team.workspaceId, id: revoked.id, ...team.member });
    const other = await share(team.admin, [b.id]);
    await countShareView(t.db, { id: live.id });
    await countShareView(t.db, { id: live.id });

    const forA = await listShareLinks(t.db, { workspaceId: team.workspaceId, generationId: a.id });
    expect(forA.map((l) => l.id)).toEqual([live.id]);
    expect(forA[0]).toMatchObject({
      title: "Live",
      viewCount: 2,
      videos: [{ id: a.id, prompt: "Listed A" }],
    });
    expect(forA[0]!.lastViewedAt).not.toBeNull();
    const all = (await listShareLinks(t.db, { workspaceId: team.workspaceId })).map((l) => l.id);
    expect(all).toEqual(expect.arrayContaining([live.id, other.id]));
    expect(all).not.toContain(expired.id);
    expect(all).not.toContain(revoked.id);
    expect(await listShareLinks(t.db, { workspaceId: team.outsider.workspace.id })).toEqual([]);
  });
});

describe("when a link's maker leaves the team", () => {
  it("their links stop at once, admins see them listed and can make one again with the same password", async () => {
    const crew = await createTeam(t.db);
    // createTeam builds on the owner's personal studio, which nobody can leave.
    await t.db.workspace.update({ where: { id: crew.workspaceId }, data: { personal: false } });
    const g = await storedVideo(t.db, {
      workspaceId: crew.workspaceId,
      creatorId: crew.member.userId,
      prompt: "A tram",
    });
    const make = (who: Who, more: Partial<CreateShareInput> = {}) =>
      createShareLink({ db: t.db, workspaceId: crew.workspaceId, ...who, input: input([g.id], more) });
    const byMember = await make(crew.member, { password: "secret-words", title: "Tram reel" });
    const byAdmin = await make(crew.admin);
    const byLeaver = await make(crew.otherMember);

    await removeMember(t.db, {
      workspaceId: crew.workspaceId,
      actor: crew.owner,
      userId: crew.member.userId,
    });
    await leaveWorkspace(t.db, { workspaceId: crew.workspaceId, userId: crew.otherMember.userId });
    expect(await open(byMember.path)).toEqual({ ok: false, reason: "revoked" });
    expect(await open(byLeaver.path)).toEqual({ ok: false, reason: "revoked" });
    expect((await open(byAdmin.path)).ok).toBe(true);

    const stopped = await listShareLinks(t.db, { workspaceId: crew.workspaceId, stoppedWithMaker: true });
    expect(stopped.map((l) => l.id).toSorted()).toEqual([byMember.id, byLeaver.id].toSorted());
    expect((await listShareLinks(t.db, { workspaceId: crew.workspaceId })).map((l) => l.id)).toEqual([
      byAdmin.id,
    ]);

    const remake = (who: Who) =>
      remakeShareLink({ db: t.db, workspaceId: crew.workspaceId, id: byMember.id, ...who });
    await expect(remake(crew.viewer)).rejects.toMatchObject({ code: "forbidden" });
    const again = await remake(crew.admin);
    await expect(remake(crew.owner)).rejects.toMatchObject({ code: "not_found" });
    expect(await open(byMember.path)).toEqual({ ok: false, reason: "revoked" });
    const opened = await open(again.path);
    expect(opened).toMatchObject({ ok: false, reason: "password_required", title: "Tram reel" });
    expect(
      await unlockShareLink(t.db, {
        token: tokenOf(again.path),
        password: "secret-words",
        ip: "192.0.2.50",
        proofKey,
      }),
    ).toMatchObject({ ok: true });
    const mine = await t.db.shareLink.findUniqueOrThrow({ where: { id: again.id } });
    expect(mine.createdById).toBe(crew.admin.userId);
    expect(
      (await listShareLinks(t.db, { workspaceId: crew.workspaceId, stoppedWithMaker: true })).map(
        (l) => l.id,
      ),
    ).toEqual([byLeaver.id]);
  });
});
