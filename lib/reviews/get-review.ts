import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { displayName, type Mentionable } from "./mentions";
import { listComments } from "./list-comments";
import type { CommentDto } from "./comment-dto";
import { reviewStateSelect, toReviewState, type ReviewState } from "./review-state";

export interface Review {
  state: ReviewState;
  comments: CommentDto[];
  /** Who a comment may mention: the workspace's members. */
  members: Mentionable[];
}

/** Everything the review panel of a video page shows. */
export async function getReview(input: {
  db: PrismaClient;
  workspaceId: string;
  generationId: string;
}): Promise<Review> {
  const { db, workspaceId, generationId } = input;
  const [video, comments, members] = await Promise.all([
    db.generation.findFirst({
      where: { id: generationId, workspaceId, deletedAt: null },
      select: reviewStateSelect,
    }),
    listComments(input),
    db.membership.findMany({
      where: { workspaceId },
      select: { user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  if (!video) throw new AppError("not_found", "No such video in this workspace.");
  return {
    state: toReviewState(video),
    comments,
    members: members
      .map((m) => ({ userId: m.user.id, name: displayName(m.user) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
