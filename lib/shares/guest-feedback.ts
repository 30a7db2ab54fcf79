import "server-only";
import { momentDetail, readChapters, shotNameAt } from "@/lib/storyboards/chapters";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { recordNotifications } from "@/lib/inbox/record-notifications";
import { wakeMailer } from "@/lib/inbox/wake-mailer";
import type { Jobs } from "@/lib/jobs/enqueue";
import { hitWindow } from "@/lib/security/sliding-window";
import { recordActivity } from "@/lib/workspaces/record-activity";
import type { GuestFeedback } from "./guest-feedback-schema";

/** A guest's comment as the share page shows it: no ids, no emails, only what they wrote. */
export interface GuestComment {
  name: string;
  atSeconds: number | null;
  /** In a film: the shot of that moment ("Shot 2"). */
  shot: string | null;
  body: string;
  createdAt: string;
}

/** What the share page shows of the guests' review of one video. */
export interface GuestReview {
  comments: GuestComment[];
  /** The verdict a guest gave through this link, while it stands. */
  verdict: { status: "approved" | "changes_requested"; by: string } | null;
}

/**
 * A guest's comment or verdict on a video of a share link that allows it. The link is the key:
 * nothing else of the workspace can be reached, a link without the option refuses, and every
 * address and every link is throttled (guest-ip, guest-link). The team sees it in its review,
 * marked as a guest's; the video's creator and the link's maker are told (inbox, mail).
 */
export async function giveGuestFeedback(
  deps: { db: PrismaClient; jobs?: Pick<Jobs, "notify"> },
  input: { shareId: string; position: number; ip: string; feedback: GuestFeedback; now?: Date },
): Promise<void> {
  const { db } = deps;
  const { feedback } = input;
  const now = input.now ?? new Date();
  const item = await db.shareLinkItem.findUnique({
    where: { shareLinkId_position: { shareLinkId: input.shareId, position: input.position } },
    select: {
      shareLink: {
        select: { workspaceId: true, createdById: true, allowComments: true, allowApproval: true },
      },
      generation: {
        select: {
          id: true,
          prompt: true,
          creatorId: true,
          deletedAt: true,
          reviewStatus: true,
          chapters: true,
        },
      },
    },
  });
  if (!item || item.generation.deletedAt) throw new AppError("not_found", "This video is no longer shared.");
  const { shareLink: link, generation: video } = item;
  if (feedback.intent === "comment" ? !link.allowComments : !link.allowApproval)
    throw new AppError(
      "forbidden",
      feedback.intent === "comment"
        ? "This link does not take comments."
        : "This link does not take approvals.",
    );
  for (const [rule, subject] of [
    ["guest-ip", input.ip],
    ["guest-link", input.shareId],
  ] as const) {
    const hit = await hitWindow(db, rule, subject, { now });
    if (!hit.allowed)
      throw new AppError(
        "rate_limited",
        `Too much feedback from here just now. Try again in ${Math.ceil(hit.retryAfterSeconds / 60)} min.`,
      );
  }
  const told = [video.creatorId, link.createdById];
  const toMail = await db.$transaction(async (tx) => {
    if (feedback.intent === "comment") {
      const comment = await tx.comment.create({
        data: {
          workspaceId: link.workspaceId,
          generationId: video.id,
          authorId: null,
          guestName: feedback.name,
          shareLinkId: input.shareId,
          body: feedback.body,
          atSeconds: feedback.at,
          createdAt: now,
        },
        select: { id: true },
      });
      await recordActivity(tx, {
        workspaceId: link.workspaceId,
        actorId: null,
        action: "comment.created",
        subject: video.prompt,
        detail: {
          generationId: video.id,
          commentId: comment.id,
          atSeconds: feedback.at,
          excerpt: feedback.body.slice(0, 140),
          guest: feedback.name,
        },
      });
      return recordNotifications(
        tx,
        [...new Set(told)].map((userId) => ({
          userId,
          workspaceId: link.workspaceId,
          kind: "guest_feedback" as const,
          generationId: video.id,
          commentId: comment.id,
          detail: {
            prompt: video.prompt,
            excerpt: feedback.body.slice(0, 280),
            ...momentDetail(feedback.at, video.chapters),
            guest: feedback.name,
          },
        })),
      );
    }
    const { count } = await tx.generation.updateMany({
      where: { id: video.id, reviewStatus: video.reviewStatus, deletedAt: null },
      data: {
        reviewStatus: feedback.intent,
        reviewStatusById: null,
        reviewStatusGuest: feedback.name,
        reviewStatusAt: now,
      },
    });
    if (count !== 1)
      throw new AppError("conflict", "The team changed this video's status just now. Reload the page.");
    await recordActivity(tx, {
      workspaceId: link.workspaceId,
      actorId: null,
      action: "review.status_changed",
      subject: video.prompt,
      detail: { generationId: video.id, from: video.reviewStatus, to: feedback.intent, guest: feedback.name },
    });
    return recordNotifications(
      tx,
      [...new Set(told)].map((userId) => ({
        userId,
        workspaceId: link.workspaceId,
        kind: "guest_feedback" as const,
        generationId: video.id,
        detail: { prompt: video.prompt, to: feedback.intent, guest: feedback.name },
      })),
    );
  });
  await wakeMailer(deps.jobs, toMail, now);
}

/** The guests' review of each video of a link, by position: their comments, and a verdict that stands. */
export async function listGuestReviews(db: PrismaClient, shareId: string): Promise<Map<number, GuestReview>> {
  const items = await db.shareLinkItem.findMany({
    where: { shareLinkId: shareId },
    select: {
      position: true,
      generation: {
        select: {
          reviewStatus: true,
          reviewStatusGuest: true,
          chapters: true,
          comments: {
            where: { shareLinkId: shareId, deletedAt: null },
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            take: 200,
            select: { guestName: true, atSeconds: true, body: true, createdAt: true },
          },
        },
      },
    },
  });
  return new Map(
    items.map(({ position, generation: g }) => {
      // A film's moments name their shot, as in the team's review.
      const chapters = readChapters(g.chapters);
      const review: GuestReview = {
        comments: g.comments.map((c) => ({
          name: c.guestName ?? "Guest",
          atSeconds: c.atSeconds,
          shot: shotNameAt(chapters, c.atSeconds),
          body: c.body,
          createdAt: c.createdAt.toISOString(),
        })),
        verdict:
          g.reviewStatusGuest && (g.reviewStatus === "approved" || g.reviewStatus === "changes_requested")
            ? { status: g.reviewStatus, by: g.reviewStatusGuest }
            : null,
      };
      return [position, review];
    }),
  );
}
