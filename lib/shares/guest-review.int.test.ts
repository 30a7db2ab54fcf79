import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeamWorkspace } from "@/lib/testing/factories";
import { storedVideo } from "@/lib/testing/share-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { listInbox } from "@/lib/inbox/list-inbox";
import { addComment } from "@/lib/reviews/add-comment";
import { deleteComment } from "@/lib/reviews/delete-comment";
import { getReview } from "@/lib/reviews/get-review";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { THROTTLE_RULES } from "@/lib/security/throttle-policy";
import { createShareLink } from "./create-share-link";
import { giveGuestFeedback, listGuestReviews } from "./guest-feedback";
import { guestFeedbackSchema } from "./guest-feedback-schema";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

async function sharedReel(options: { allowComments?: boolean; allowApproval?: boolean }) {
  const team = await createTeamWorkspace(t.db, "Agency");
  const video = await storedVideo(t.db, {
    workspaceId: team.workspaceId,
    creatorId: team.member.userId,
    prompt: "A product shot of a watch",
  });
  const other = await storedVideo(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });
  const link = await createShareLink({
    db: t.db,
    workspaceId: team.workspaceId,
    userId: team.admin.userId,
    role: "admin",
    input: {
      generationIds: [video.id],
      title: "For the client",
      expiresIn: "never",
      password: null,
      allowDownload: false,
      showPrompt: false,
      ...options,
    },
  });
  return { team, video, other, link };
}

const feedback = (raw: Record<string, string>) => guestFeedbackSchema.parse(raw);

describe("guest review through a share link", () => {
  it("a guest comments at a moment: the team sees it marked as a guest's; the creator and the link's maker are told", async () => {
    const { team, video, link } = await sharedReel({ allowComments: true });
    await giveGuestFeedback(
      { db: t.db },
      {
        shareId: link.id,
        position: 0,
        ip: "203.0.113.7",
        feedback: feedback({
          intent: "comment",
          name: "Claire (client)",
          body: "Logo a bit bigger?",
          at: "3.25",
        }),
      },
    );
    const review = await getReview({ db: t.db, workspaceId: team.workspaceId, generationId: video.id });
    expect(review.comments.map((c) => [c.author, c.atSeconds, c.body])).toEqual([
      [{ id: "guest", name: "Claire (client)", guest: true }, 3.25, "Logo a bit bigger?"],
    ]);
    expect((await listGuestReviews(t.db, link.id)).get(0)).toMatchObject({
      comments: [{ name: "Claire (client)", atSeconds: 3.25, body: "Logo a bit bigger?" }],
      verdict: null,
    });
    for (const who of [team.member.userId, team.admin.userId]) {
      const [entry] = await listInbox(t.db, who);
      expect(entry!.text).toBe(
        "Claire (client) (guest) commented on “A product shot of a watch” at 0:03 through a share link",
      );
    }
    // Only an admin removes a guest's words.
    const commentId = (await t.db.comment.findFirstOrThrow({ where: { shareLinkId: link.id } })).id;
    await expect(
      deleteComment({
        db: t.db,
        workspaceId: team.workspaceId,
        commentId,
        userId: team.member.userId,
        role: "member",
      }),
    ).rejects.toThrow(/Only its author or a workspace admin/);
    await deleteComment({
      db: t.db,
      workspaceId: team.workspaceId,
      commentId,
      userId: team.admin.userId,
      role: "admin",
    });
    expect((await listGuestReviews(t.db, link.id)).get(0)!.comments).toEqual([]);
  });

  it("in a shared film a moment names its shot: on the share page, in the team's inbox, and for a team member's mention", async () => {
    const { team, video, link } = await sharedReel({ allowComments: true });
    // A film added to the gallery keeps its chapters (see film-to-gallery).
    await t.db.generation.update({
      where: { id: video.id },
      data: {
        chapters: [
          { title: "Shot 1: the keeper wakes", startSec: 0 },
          { title: "Shot 2: the stairs", startSec: 6 },
        ],
      },
    });
    await giveGuestFeedback(
      { db: t.db },
      {
        shareId: link.id,
        position: 0,
        ip: "203.0.113.9",
        feedback: feedback({ intent: "comment", name: "Claire", body: "Cut earlier", at: "7.2" }),
      },
    );
    expect((await listGuestReviews(t.db, link.id)).get(0)!.comments).toMatchObject([
      { name: "Claire", atSeconds: 7.2, shot: "Shot 2" },
    ]);
    const [told] = await listInbox(t.db, team.admin.userId);
    expect(told!.text).toBe(
      "Claire (guest) commented on “A product shot of a watch” at 0:07 (Shot 2) through a share link",
    );

    await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: video.id,
      userId: team.member.userId,
      role: "member",
      body: "@Adam Admin the light here",
      atSeconds: 2,
    });
    const [mention] = await listInbox(t.db, team.admin.userId);
    expect(mention!.text).toBe("Mia Member mentioned you on “A product shot of a watch” at 0:02 (Shot 1)");
  });

  it("a verdict stands until the team sets its own; a link without the option refuses and writes nothing", async () => {
    const { team, video, link } = await sharedReel({ allowApproval: true });
    await giveGuestFeedback(
      { db: t.db },
      {
        shareId: link.id,
        position: 0,
        ip: "203.0.113.8",
        feedback: feedback({ intent: "approved", name: "Claire" }),
      },
    );
    const review = await getReview({ db: t.db, workspaceId: team.workspaceId, generationId: video.id });
    expect(review.state).toMatchObject({ status: "approved", by: "Claire (guest, through a share link)" });
    expect((await listGuestReviews(t.db, link.id)).get(0)!.verdict).toEqual({
      status: "approved",
      by: "Claire",
    });
    await setReviewStatus({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: video.id,
      userId: team.admin.userId,
      role: "admin",
      status: "in_review",
    });
    expect((await listGuestReviews(t.db, link.id)).get(0)!.verdict).toBeNull();

    const closed = await sharedReel({});
    for (const raw of <Record<string, string>[]>[
      { intent: "comment", name: "Eve", body: "hi" },
      { intent: "changes_requested", name: "Eve" },
    ])
      await expect(
        giveGuestFeedback(
          { db: t.db },
          { shareId: closed.link.id, position: 0, ip: "203.0.113.9", feedback: feedback(raw) },
        ),
      ).rejects.toThrow(/This link does not take (comments|approvals)/);
    // Only the link's own videos, by their place in it: nothing else of the workspace.
    await expect(
      giveGuestFeedback(
        { db: t.db },
        {
          shareId: link.id,
          position: 1,
          ip: "203.0.113.9",
          feedback: feedback({ intent: "approved", name: "Eve" }),
        },
      ),
    ).rejects.toThrow(/no longer shared/);
    expect(await t.db.comment.count({ where: { workspaceId: closed.team.workspaceId } })).toBe(0);
    expect(
      await t.db.generation.count({
        where: { workspaceId: closed.team.workspaceId, reviewStatus: { not: "none" } },
      }),
    ).toBe(0);
  });

  it("throttles each address, and sizes every field", async () => {
    const { link } = await sharedReel({ allowComments: true });
    const send = () =>
      giveGuestFeedback(
        { db: t.db },
        {
          shareId: link.id,
          position: 0,
          ip: "198.51.100.1",
          feedback: feedback({ intent: "comment", name: "Bot", body: "spam" }),
        },
      );
    for (let i = 0; i < THROTTLE_RULES["guest-ip"].limit; i++) await send();
    await expect(send()).rejects.toThrow(/Too much feedback from here just now/);
    expect(
      guestFeedbackSchema.safeParse({ intent: "comment", name: "", body: "x" }).error?.issues[0]?.message,
    ).toBe("Give your name, so the team knows who wrote.");
    expect(
      guestFeedbackSchema.safeParse({ intent: "comment", name: "A", body: "x".repeat(5001) }).error?.issues[0]
        ?.message,
    ).toMatch(/Keep it under/);
    expect(guestFeedbackSchema.safeParse({ intent: "delete", name: "A" }).success).toBe(false);
  });
});
