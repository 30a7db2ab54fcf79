import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { listGenerations, listQuerySchema } from "@/lib/generations/list-generations";
import { createTeamWorkspace } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { can } from "@/lib/workspaces/permissions";
import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { getReview } from "./get-review";
import { listComments } from "./list-comments";
import { setReviewStatus } from "./set-review-status";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeamWorkspace>>;
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeamWorkspace(t.db, "Review crew");
});
afterAll(() => t.close());

type Person = { userId: string; role: Role };
const video = (prompt = "A paper boat on a puddle") =>
  createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId, prompt });
const comment = (who: Person, generationId: string, body: string, extra: object = {}) =>
  addComment({ db: t.db, workspaceId: team.workspaceId, generationId, ...who, body, ...extra });
const comments = (generationId: string) =>
  listComments({ db: t.db, workspaceId: team.workspaceId, generationId });
const activity = (action: string) =>
  t.db.activityEvent.findMany({
    where: { workspaceId: team.workspaceId, action },
    orderBy: { createdAt: "asc" },
  });

describe("comments", () => {
  it("keeps a comment at a moment of the video, to the hundredth, listed oldest first with its author", async () => {
    const g = await video();
    await comment(team.admin, g.id, "The wave at the start is lovely", { atSeconds: 1.5 });
    const marked = await comment(team.member, g.id, "  Cut here, the boat wobbles  ", { atSeconds: 7.256 });
    await comment(team.owner, g.id, "Overall: ship it");

    expect(marked).toMatchObject({ body: "Cut here, the boat wobbles", atSeconds: 7.26 });
    const listed = await comments(g.id);
    expect(listed.map((c) => [c.author.name, c.body, c.atSeconds])).toEqual([
      ["Adam Admin", "The wave at the start is lovely", 1.5],
      ["Mia Member", "Cut here, the boat wobbles", 7.26],
      ["Olga Owner", "Overall: ship it", null],
    ]);
  });

  it("lets viewers comment (the permission table says every role may)", async () => {
    const g = await video();
    expect(ROLES.every((r) => can(r, "comments.create"))).toBe(true);
    await comment(team.viewer, g.id, "Could the sky be darker?", { atSeconds: 3 });
    expect((await comments(g.id)).map((c) => c.author.name)).toEqual(["Vic Viewer"]);
  });

  it("refuses empty, overlong and out-of-range comments, and another workspace's video; nothing is written", async () => {
    const g = await video();
    const before = await t.db.comment.count();
    await expect(comment(team.member, g.id, "   ")).rejects.toMatchObject({
      code: "bad_request",
      message: "Write something first.",
    });
    await expect(comment(team.member, g.id, "x".repeat(2001))).rejects.toMatchObject({
      code: "bad_request",
      message: "Keep it under 2000 characters.",
    });
    await expect(comment(team.member, g.id, "late", { atSeconds: -1 })).rejects.toMatchObject({
      code: "bad_request",
    });
    const elsewhere = await createGeneration(t.db, {
      workspaceId: team.outsider.workspace.id,
      creatorId: team.outsider.user.id,
    });
    await expect(comment(team.member, elsewhere.id, "Hello?")).rejects.toMatchObject({ code: "not_found" });
    await t.db.generation.update({ where: { id: g.id }, data: { deletedAt: new Date() } });
    await expect(comment(team.member, g.id, "Hello?")).rejects.toMatchObject({ code: "not_found" });
    expect(await t.db.comment.count()).toBe(before);
  });

  it("lets an author delete their own comment and only admins and owners anyone's", async () => {
    const g = await video();
    const remove = (who: Person, commentId: string) =>
      deleteComment({ db: t.db, workspaceId: team.workspaceId, commentId, ...who });
    const byMember = await comment(team.member, g.id, "Mine to take back");
    const byViewer = await comment(team.viewer, g.id, "A viewer's note");
    const byAdmin = await comment(team.admin, g.id, "An admin's note");

    await expect(remove(team.viewer, byMember.id)).rejects.toMatchObject({ code: "forbidden" });
    await expect(remove(team.member, byAdmin.id)).rejects.toMatchObject({ code: "forbidden" });
    expect(await comments(g.id)).toHaveLength(3);

    await remove(team.viewer, byViewer.id);
    await remove(team.member, byMember.id);
    expect((await comments(g.id)).map((c) => c.id)).toEqual([byAdmin.id]);
    await remove(team.owner, byAdmin.id);
    const again = await comment(team.member, g.id, "Another by the member");
    await remove(team.admin, again.id);
    expect(await comments(g.id)).toEqual([]);
    // A second delete answers alike and records nothing more.
    await remove(team.admin, again.id);
    const deleted = (await activity("comment.deleted")).filter(
      (a) => (a.detail as { generationId?: string }).generationId === g.id,
    );
    expect(deleted).toHaveLength(4);
    // Someone outside the workspace, naming their own: not found, as if it did not exist.
    await expect(
      deleteComment({
        db: t.db,
        workspaceId: team.outsider.workspace.id,
        commentId: byAdmin.id,
        userId: team.outsider.user.id,
        role: "owner",
      }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("editing a comment", () => {
  it("is its author's alone; the moment stays, the edit is marked and recorded, new mentions are added once", async () => {
    const g = await video("A kite over the dunes");
    const c = await comment(team.member, g.id, "@Adam Admin the kite dips", { atSeconds: 2 });
    const edit = (who: Person, body: string) =>
      editComment({ db: t.db, workspaceId: team.workspaceId, commentId: c.id, ...who, body });
    for (const other of [team.admin, team.owner, team.viewer])
      await expect(edit(other, "Not my words")).rejects.toMatchObject({
        code: "forbidden",
        message: "Only its author can edit a comment.",
      });
    await expect(edit(team.member, "")).rejects.toMatchObject({ code: "bad_request" });

    const edited = await edit(team.member, "@Adam Admin @Vic Viewer the kite dips twice");
    expect(edited).toMatchObject({ body: "@Adam Admin @Vic Viewer the kite dips twice", atSeconds: 2 });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.mentions.map((m) => m.name).sort()).toEqual(["Adam Admin", "Vic Viewer"]);
    expect(await t.db.commentMention.count({ where: { commentId: c.id } })).toBe(2);
    const lines = await t.db.activityEvent.findMany({
      where: { workspaceId: team.workspaceId, action: "comment.edited", subject: "A kite over the dunes" },
    });
    expect(lines.map((l) => l.actorId)).toEqual([team.member.userId]);
  });
});

describe("mentions", () => {
  it("keeps members named in the text, never the author, never someone outside the workspace", async () => {
    const g = await video();
    const c = await comment(
      team.member,
      g.id,
      "@Adam Admin and @vic viewer, look at 0:07. @Mia Member (me) and @Otto Outsider, not you.",
      { mentionIds: [team.outsider.user.id, team.admin.userId] },
    );
    expect(c.mentions.map((m) => m.name).sort()).toEqual(["Adam Admin", "Vic Viewer"]);
    const rows = await t.db.commentMention.findMany({ where: { commentId: c.id } });
    expect(rows.map((r) => r.userId).sort()).toEqual([team.admin.userId, team.viewer.userId].sort());
  });

  it("ignores a picked person whose name is no longer in the text", async () => {
    const g = await video();
    const c = await comment(team.owner, g.id, "Never mind, I fixed it", { mentionIds: [team.member.userId] });
    expect(c.mentions).toEqual([]);
  });
});

describe("review status", () => {
  it("may be set by exactly the roles the table allows (every role tried); refusals change nothing", async () => {
    const g = await video();
    const people: Person[] = [team.viewer, team.member, team.admin, team.owner];
    expect(people.map((p) => p.role)).toEqual([...ROLES]);
    for (const who of people) {
      const before = await t.db.generation.findUniqueOrThrow({ where: { id: g.id } });
      const next = before.reviewStatus === "approved" ? "changes_requested" : "approved";
      const attempt = setReviewStatus({
        db: t.db,
        workspaceId: team.workspaceId,
        generationId: g.id,
        ...who,
        status: next,
      });
      if (can(who.role, "reviews.set_status")) {
        await expect(attempt).resolves.toMatchObject({
          status: next,
          by: expect.stringMatching(/Admin|Owner/),
        });
      } else {
        await expect(attempt).rejects.toMatchObject({
          code: "forbidden",
          message: "Only admins and owners can change a video's review status.",
        });
        expect(await t.db.generation.findUniqueOrThrow({ where: { id: g.id } })).toEqual(before);
      }
    }
    expect(people.filter((p) => can(p.role, "reviews.set_status")).map((p) => p.role)).toEqual([
      "admin",
      "owner",
    ]);
  });

  it("is shown with who set it, and clearing it or setting the same one again", async () => {
    const g = await video();
    const set = (status: "in_review" | "none") =>
      setReviewStatus({ db: t.db, workspaceId: team.workspaceId, generationId: g.id, ...team.admin, status });
    await set("in_review");
    const before = await activity("review.status_changed");
    await set("in_review");
    expect(await activity("review.status_changed")).toHaveLength(before.length);
    const review = await getReview({ db: t.db, workspaceId: team.workspaceId, generationId: g.id });
    expect(review.state).toMatchObject({ status: "in_review", by: "Adam Admin" });
    expect(review.members.map((m) => m.name)).toEqual([
      "Adam Admin",
      "Mia Member",
      "Olga Owner",
      "Vic Viewer",
    ]);
    expect(await set("none")).toMatchObject({ status: "none" });
  });
});

describe("the activity list", () => {
  it("records comments, deletions and status changes with what they were about", async () => {
    const g = await video("A heron in the fog");
    const c = await comment(team.viewer, g.id, "The heron blinks at 0:04", { atSeconds: 4.2 });
    await deleteComment({ db: t.db, workspaceId: team.workspaceId, commentId: c.id, ...team.admin });
    await setReviewStatus({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      ...team.owner,
      status: "changes_requested",
    });
    const rows = await t.db.activityEvent.findMany({
      where: { workspaceId: team.workspaceId, subject: "A heron in the fog" },
      // Alphabetical is also the order they happened in; createdAt alone may tie on a fast machine.
      orderBy: { action: "asc" },
    });
    expect(rows.map((r) => [r.action, r.actorId, r.detail])).toEqual([
      [
        "comment.created",
        team.viewer.userId,
        { generationId: g.id, commentId: c.id, atSeconds: 4.2, excerpt: "The heron blinks at 0:04" },
      ],
      ["comment.deleted", team.admin.userId, { generationId: g.id, commentId: c.id, own: false }],
      [
        "review.status_changed",
        team.owner.userId,
        { generationId: g.id, from: "none", to: "changes_requested" },
      ],
    ]);
  });
});

describe("the gallery's review filter", () => {
  it("returns exactly the videos with that status, newest first, and every video without it", async () => {
    const own = await createTeamWorkspace(t.db, "Filter crew");
    const make = async (prompt: string, status?: "in_review" | "approved" | "changes_requested") => {
      const g = await createGeneration(t.db, {
        workspaceId: own.workspaceId,
        creatorId: own.member.userId,
        prompt,
      });
      if (status)
        await setReviewStatus({
          db: t.db,
          workspaceId: own.workspaceId,
          generationId: g.id,
          userId: own.admin.userId,
          role: "admin",
          status,
        });
      return g;
    };
    await make("one approved", "approved");
    await make("one in review", "in_review");
    await make("no status");
    await make("two approved", "approved");
    await make("asked for changes", "changes_requested");
    const list = async (query: Record<string, string>) =>
      (
        await listGenerations(t.db, {
          workspaceId: own.workspaceId,
          query: listQuerySchema.parse(query),
          signVideoUrl: async (key) => key,
        })
      ).items.map((g) => [g.prompt, g.reviewStatus]);

    expect(await list({ review: "approved" })).toEqual([
      ["two approved", "approved"],
      ["one approved", "approved"],
    ]);
    expect(await list({ review: "in_review" })).toEqual([["one in review", "in_review"]]);
    expect(await list({ review: "changes_requested", sort: "oldest" })).toEqual([
      ["asked for changes", "changes_requested"],
    ]);
    expect(await list({})).toHaveLength(5);
    expect(listQuerySchema.safeParse({ review: "rejected" }).error?.issues[0]?.message).toBe(
      "review must be in_review, approved or changes_requested",
    );
  });
});
