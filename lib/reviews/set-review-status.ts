import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { recordNotifications } from "@/lib/inbox/record-notifications";
import { wakeMailer } from "@/lib/inbox/wake-mailer";
import type { Jobs } from "@/lib/jobs/enqueue";
import { can, lowestRoleFor } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { reviewStateSelect, toReviewState, type ReviewState } from "./review-state";
import type { ReviewStatus } from "./review-status";

/**
 * Sets where a video's review stands ("none" clears it), for the roles the permission table
 * allows. Compare-and-set on the status read, so two people changing it at once cannot both
 * record a change from the same status; setting the status it already has writes nothing.
 */
export async function setReviewStatus(options: {
  db: PrismaClient;
  workspaceId: string;
  generationId: string;
  userId: string;
  role: Role;
  status: ReviewStatus;
  /** Wakes the inbox mailer for the video's creator. */
  jobs?: Pick<Jobs, "notify">;
  now?: Date;
}): Promise<ReviewState> {
  const { db, workspaceId, generationId, userId, role, status } = options;
  if (!can(role, "reviews.set_status"))
    throw new AppError(
      "forbidden",
      `Only ${lowestRoleFor("reviews.set_status")}s and owners can change a video's review status.`,
    );
  let toMail: string[] = [];
  const state = await db.$transaction(async (tx) => {
    const video = await tx.generation.findFirst({
      where: { id: generationId, workspaceId, deletedAt: null },
      select: { prompt: true, creatorId: true, ...reviewStateSelect },
    });
    if (!video) throw new AppError("not_found", "No such video in this workspace.");
    if (video.reviewStatus === status) return toReviewState(video);
    const { count } = await tx.generation.updateMany({
      where: { id: generationId, workspaceId, reviewStatus: video.reviewStatus },
      data: {
        reviewStatus: status,
        reviewStatusById: userId,
        reviewStatusGuest: null,
        reviewStatusAt: options.now ?? new Date(),
      },
    });
    if (count !== 1) throw new AppError("conflict", "Someone changed the status just now. Reload to see it.");
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "review.status_changed",
      subject: video.prompt,
      detail: { generationId, from: video.reviewStatus, to: status },
    });
    // Its creator hears of it (in the inbox; by mail if they want it) — unless they set it.
    toMail = await recordNotifications(tx, [
      {
        userId: video.creatorId,
        workspaceId,
        kind: "review_status",
        actorId: userId,
        generationId,
        detail: { prompt: video.prompt, to: status },
      },
    ]);
    return toReviewState(
      await tx.generation.findUniqueOrThrow({ where: { id: generationId }, select: reviewStateSelect }),
    );
  });
  await wakeMailer(options.jobs, toMail);
  return state;
}
