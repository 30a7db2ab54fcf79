import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeamWorkspace, createUser } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { followUp } from "@/lib/generations/follow-up";
import { addComment } from "@/lib/reviews/add-comment";
import { setCommentResolved } from "@/lib/reviews/resolve-comment";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { acceptInvite } from "@/lib/workspaces/invites/accept-invite";
import { createInvite } from "@/lib/workspaces/invites/create-invite";
import { leaveWorkspace } from "@/lib/workspaces/leave-workspace";
import { countUnread, listInbox, markRead } from "./list-inbox";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("the inbox", () => {
  it("tells a creator their video is ready or failed, once per outcome, linking to it", async () => {
    const team = await createTeamWorkspace(t.db, "Render crew");
    const ready = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "A fox in fresh snow",
    });
    const failed = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "A storm over the dunes",
      state: "failed",
      errorMessage: "The provider's safety check refused this prompt.",
    });
    const now = new Date();
    // Reported twice (a callback and a poll both saw it): one entry.
    for (let i = 0; i < 2; i++)
      await followUp({ db: t.db }, ready.id, { changed: true, state: "ready" }, now);
    await followUp({ db: t.db }, failed.id, { changed: true, state: "failed" }, now);

    const entries = await listInbox(t.db, team.member.userId);
    expect(entries.map((e) => [e.kind, e.text, e.quote, e.href])).toEqual([
      [
        "generation_failed",
        "Your video “A storm over the dunes” failed",
        "The provider's safety check refused this prompt.",
        `/g/${failed.id}`,
      ],
      ["generation_ready", "Your video “A fox in fresh snow” is ready", null, `/g/${ready.id}`],
    ]);
    expect(await countUnread(t.db, team.member.userId)).toBe(2);
  });

  it("tells the thread about a reply, the creator about a status, never the one who did it", async () => {
    const team = await createTeamWorkspace(t.db, "Thread crew");
    const g = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "Paper boats on a puddle",
    });
    const comment = (
      userId: string,
      role: "owner" | "admin" | "member" | "viewer",
      body: string,
      replyTo?: string,
    ) =>
      addComment({
        db: t.db,
        workspaceId: team.workspaceId,
        generationId: g.id,
        userId,
        role,
        body,
        replyTo,
        atSeconds: 3,
      });
    const root = await comment(team.viewer.userId, "viewer", "The boat sinks too soon");
    const reply = await comment(team.admin.userId, "admin", "Agreed", root.id);
    // A reply to a reply joins the first comment's thread, at its moment.
    const again = await comment(team.viewer.userId, "viewer", "Thanks @Olga Owner", reply.id);
    expect([reply.parentId, again.parentId, again.atSeconds]).toEqual([root.id, root.id, 3]);
    await setReviewStatus({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.admin.userId,
      role: "admin",
      status: "approved",
    });

    const texts = async (userId: string) =>
      (await listInbox(t.db, userId)).map((e) => `${e.kind}: ${e.text}`);
    expect(await texts(team.viewer.userId)).toEqual([
      `reply: Adam Admin replied on “Paper boats on a puddle” at 0:03`,
    ]);
    expect(await texts(team.admin.userId)).toEqual([
      `reply: Vic Viewer replied on “Paper boats on a puddle” at 0:03`,
    ]);
    // Named in a reply though not in the thread: a mention, not a reply.
    expect(await texts(team.owner.userId)).toEqual([
      `mention: Vic Viewer mentioned you on “Paper boats on a puddle” at 0:03`,
    ]);
    expect(await texts(team.member.userId)).toEqual([
      `review_status: Adam Admin marked your video “Paper boats on a puddle” Approved`,
    ]);
    const [toOwner] = await listInbox(t.db, team.owner.userId);
    expect(toOwner!.href).toBe(`/g/${g.id}?t=3#comment-${again.id}`);
    expect(toOwner!.quote).toBe("Thanks @Olga Owner");

    // Resolving is for a thread's first comment; a resolved thread says by whom.
    await expect(
      setCommentResolved({
        db: t.db,
        workspaceId: team.workspaceId,
        commentId: reply.id,
        userId: team.member.userId,
        role: "member",
        resolved: true,
      }),
    ).rejects.toThrow(/first comment/);
    const resolved = await setCommentResolved({
      db: t.db,
      workspaceId: team.workspaceId,
      commentId: root.id,
      userId: team.member.userId,
      role: "member",
      resolved: true,
    });
    expect(resolved.resolved?.by).toBe("Mia Member");
    const reopened = await setCommentResolved({
      db: t.db,
      workspaceId: team.workspaceId,
      commentId: root.id,
      userId: team.viewer.userId,
      role: "viewer",
      resolved: false,
    });
    expect(reopened.resolved).toBeNull();
    const actions = await t.db.activityEvent.findMany({
      where: { workspaceId: team.workspaceId, action: { startsWith: "comment.re" } },
      orderBy: { createdAt: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["comment.resolved", "comment.reopened"]);
  });

  it("tells the inviter who joined; marking read touches only one's own entries", async () => {
    const team = await createTeamWorkspace(t.db, "Join crew");
    const invite = await createInvite(t.db, {
      workspaceId: team.workspaceId,
      inviter: { userId: team.admin.userId, role: "admin", name: team.admin.name },
      email: null,
      role: "member",
      origin: "http://studio.test",
    });
    const { user } = await createUser(t.db, { name: "Nina New" });
    await acceptInvite(t.db, { token: invite.url.split("/invite/")[1]!, user });
    const [joined] = await listInbox(t.db, team.admin.userId);
    expect(joined).toMatchObject({
      kind: "member_joined",
      text: "Nina New joined Join crew through your invite, as member",
      href: `/switch/${team.workspaceId}?next=%2Fteam`,
      read: false,
    });

    // Someone else's ids change nothing; one's own are marked.
    expect(await markRead(t.db, { userId: team.owner.userId, ids: [joined!.id] })).toBe(0);
    expect(await countUnread(t.db, team.admin.userId)).toBe(1);
    expect(await markRead(t.db, { userId: team.admin.userId, ids: [joined!.id] })).toBe(1);
    expect(await countUnread(t.db, team.admin.userId)).toBe(0);
    expect((await listInbox(t.db, team.admin.userId))[0]!.read).toBe(true);
  });

  it("leaves out what came from a workspace one has left", async () => {
    const team = await createTeamWorkspace(t.db, "Leaving crew");
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.owner.userId });
    await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.owner.userId,
      role: "owner",
      body: "@Vic Viewer see this",
    });
    expect(await countUnread(t.db, team.viewer.userId)).toBe(1);
    await leaveWorkspace(t.db, { userId: team.viewer.userId, workspaceId: team.workspaceId });
    expect(await countUnread(t.db, team.viewer.userId)).toBe(0);
    expect(await listInbox(t.db, team.viewer.userId)).toEqual([]);
  });
});
