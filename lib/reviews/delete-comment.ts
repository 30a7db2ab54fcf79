import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { can, canDeleteComment } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";

/**
 * Removes a comment from its video: its author may, and admins may remove anyone's. The row stays
 * (deletedAt) for the activity list; a mention not yet mailed is not mailed any more.
 */
export async function deleteComment(options: {
  db: PrismaClient;
  workspaceId: string;
  commentId: string;
  userId: string;
  role: Role;
  now?: Date;
}): Promise<{ id: string }> {
  const { db, workspaceId, commentId, userId, role } = options;
  if (!can(role, "comments.delete.own")) throw new AppError("forbidden", "Your role cannot delete comments.");
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.findFirst({
      where: { id: commentId, workspaceId },
      select: {
        authorId: true,
        deletedAt: true,
        generationId: true,
        generation: { select: { prompt: true } },
      },
    });
    if (!comment) throw new AppError("not_found", "No such comment in this workspace.");
    if (!canDeleteComment({ userId, role }, comment.authorId))
      throw new AppError("forbidden", "Only its author or a workspace admin can delete this comment.");
    // Already gone (a double click, a second tab): the same answer, nothing written twice.
    if (comment.deletedAt) return { id: commentId };
    const { count } = await tx.comment.updateMany({
      where: { id: commentId, deletedAt: null },
      data: { deletedAt: options.now ?? new Date() },
    });
    if (count === 1)
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: "comment.deleted",
        subject: comment.generation.prompt,
        detail: { generationId: comment.generationId, commentId, own: comment.authorId === userId },
      });
    return { id: commentId };
  });
}
