"use server";

import { z } from "@/lib/validation/zod";
import { db } from "@/lib/db/client";
import { appJobs } from "@/lib/jobs/engine";
import { addComment } from "@/lib/reviews/add-comment";
import { commentInputSchema } from "@/lib/reviews/comment-schema";
import { deleteComment } from "@/lib/reviews/delete-comment";
import { editComment } from "@/lib/reviews/edit-comment";
import { REVIEW_STATUSES } from "@/lib/reviews/review-status";
import { setCommentResolved } from "@/lib/reviews/resolve-comment";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { workspaceAction } from "./safe-action";

const generationId = z.string().trim().min(1, "Which video?").max(64);
const commentId = z.string().trim().min(1, "Which comment?").max(64);

export const addCommentAction = workspaceAction(
  commentInputSchema.extend({ generationId }),
  "comments.create",
  async (input, ctx) =>
    addComment({
      db,
      jobs: await appJobs(),
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      role: ctx.role,
      ...input,
    }),
);

export const editCommentAction = workspaceAction(
  commentInputSchema.pick({ body: true, mentionIds: true }).extend({ commentId }),
  "comments.create",
  async (input, ctx) =>
    editComment({
      db,
      jobs: await appJobs(),
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      role: ctx.role,
      ...input,
    }),
);

export const deleteCommentAction = workspaceAction(
  z.object({ commentId }),
  "comments.delete.own",
  ({ commentId }, ctx) =>
    deleteComment({ db, workspaceId: ctx.workspace.id, commentId, userId: ctx.user.id, role: ctx.role }),
);

export const resolveCommentAction = workspaceAction(
  z.object({ commentId, resolved: z.boolean({ message: "Resolve or reopen?" }) }),
  "comments.create",
  ({ commentId, resolved }, ctx) =>
    setCommentResolved({
      db,
      workspaceId: ctx.workspace.id,
      commentId,
      userId: ctx.user.id,
      role: ctx.role,
      resolved,
    }),
);

export const setReviewStatusAction = workspaceAction(
  z.object({
    generationId,
    status: z.enum(REVIEW_STATUSES, {
      message: "Choose In review, Approved, Changes requested or no status.",
    }),
  }),
  "reviews.set_status",
  async ({ generationId, status }, ctx) =>
    setReviewStatus({
      db,
      jobs: await appJobs(),
      workspaceId: ctx.workspace.id,
      generationId,
      userId: ctx.user.id,
      role: ctx.role,
      status,
    }),
);
