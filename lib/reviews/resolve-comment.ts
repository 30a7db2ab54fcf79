import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { commentDtoSelect, toCommentDto, type CommentDto } from "./comment-dto";

/**
 * Resolves a thread (its first comment), or opens it again. Anyone who may comment may: a
 * resolved thread is a shared note that it was dealt with, not a verdict. Setting what it is
 * already writes nothing.
 */
export async function setCommentResolved(options: {
  db: PrismaClient;
  workspaceId: string;
  commentId: string;
  userId: string;
  role: Role;
  resolved: boolean;
  now?: Date;
}): Promise<CommentDto> {
  const { db, workspaceId, commentId, userId, role, resolved } = options;
  if (!can(role, "comments.create"))
    throw new AppError("forbidden", "Your role cannot resolve comments here.");
  return db.$transaction(async (tx) => {
    const found = await tx.comment.findFirst({
      where: { id: commentId, workspaceId, deletedAt: null, generation: { deletedAt: null } },
      select: {
        parentId: true,
        resolvedAt: true,
        generationId: true,
        body: true,
        generation: { select: { prompt: true } },
      },
    });
    if (!found) throw new AppError("not_found", "That comment was deleted.");
    if (found.parentId) throw new AppError("bad_request", "Resolve the thread from its first comment.");
    if (Boolean(found.resolvedAt) !== resolved) {
      await tx.comment.update({
        where: { id: commentId },
        data: resolved
          ? { resolvedAt: options.now ?? new Date(), resolvedById: userId }
          : { resolvedAt: null, resolvedById: null },
      });
      await recordActivity(tx, {
        workspaceId,
        actorId: userId,
        action: resolved ? "comment.resolved" : "comment.reopened",
        subject: found.generation.prompt,
        detail: { generationId: found.generationId, commentId, excerpt: found.body.slice(0, 140) },
      });
    }
    return toCommentDto(
      await tx.comment.findUniqueOrThrow({ where: { id: commentId }, select: commentDtoSelect }),
    );
  });
}
