import "server-only";
import { momentDetail } from "@/lib/storyboards/chapters";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { recordNotifications } from "@/lib/inbox/record-notifications";
import { wakeMailer } from "@/lib/inbox/wake-mailer";
import type { Jobs } from "@/lib/jobs/enqueue";
import { can } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { commentDtoSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { commentInputSchema } from "./comment-schema";
import { displayName, findMentions } from "./mentions";

/**
 * Rewrites a comment's text; only its author may (an admin may delete words, never put new ones
 * in someone's mouth). Its moment stays. People newly named are told (inbox, mail if they want it);
 * those named before were told already.
 */
export async function editComment(options: {
  db: PrismaClient;
  jobs?: Pick<Jobs, "notify">;
  workspaceId: string;
  commentId: string;
  userId: string;
  role: Role;
  body: string;
  mentionIds?: string[];
  now?: Date;
}): Promise<CommentDto> {
  const { db, workspaceId, commentId, userId, role } = options;
  if (!can(role, "comments.create")) throw new AppError("forbidden", "Your role cannot comment here.");
  const parsed = commentInputSchema
    .pick({ body: true, mentionIds: true })
    .safeParse({ body: options.body, mentionIds: options.mentionIds });
  if (!parsed.success)
    throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Invalid comment.");
  const { body, mentionIds } = parsed.data;

  const { comment, toMail } = await db.$transaction(async (tx) => {
    const found = await tx.comment.findFirst({
      where: { id: commentId, workspaceId, deletedAt: null },
      select: {
        authorId: true,
        generationId: true,
        generation: { select: { prompt: true, chapters: true } },
        mentions: { select: { userId: true } },
      },
    });
    if (!found) throw new AppError("not_found", "No such comment in this workspace.");
    if (found.authorId !== userId) throw new AppError("forbidden", "Only its author can edit a comment.");
    const members = await tx.membership.findMany({
      where: { workspaceId },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    const before = new Set(found.mentions.map((m) => m.userId));
    const fresh = findMentions(
      body,
      members.map((m) => ({ userId: m.user.id, name: displayName(m.user) })),
      mentionIds,
    ).filter((id) => id !== userId && !before.has(id));
    const updated = await tx.comment.update({
      where: { id: commentId },
      data: {
        body,
        editedAt: options.now ?? new Date(),
        mentions: { create: fresh.map((id) => ({ userId: id })) },
      },
      select: commentDtoSelect,
    });
    // Newly named people are told; those named before were told already.
    const toMail = await recordNotifications(
      tx,
      fresh.map((id) => ({
        userId: id,
        workspaceId,
        kind: "mention" as const,
        actorId: userId,
        generationId: found.generationId,
        commentId,
        detail: {
          prompt: found.generation.prompt,
          excerpt: body.slice(0, 280),
          ...momentDetail(updated.atSeconds, found.generation.chapters),
        },
      })),
    );
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "comment.edited",
      subject: found.generation.prompt,
      detail: { generationId: found.generationId, commentId, excerpt: body.slice(0, 140) },
    });
    return { comment: updated, toMail };
  });
  await wakeMailer(options.jobs, toMail);
  return toCommentDto(comment);
}
