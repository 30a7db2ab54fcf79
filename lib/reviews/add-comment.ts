import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Jobs } from "@/lib/jobs/enqueue";
import { can } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { commentDtoSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { commentInputSchema, type CommentInput } from "./comment-schema";
import { displayName, findMentions } from "./mentions";
import { log } from "@/lib/log/logger";

export interface AddCommentOptions extends CommentInput {
  db: PrismaClient;
  /** Where mention mails are queued; without it nobody is mailed (the mentions are still kept). */
  jobs?: Pick<Jobs, "notify">;
  workspaceId: string;
  generationId: string;
  userId: string;
  role: Role;
}

/**
 * A comment on a video of the workspace, optionally at a moment of it. Members it names ("@Ada")
 * are kept as mentions and each is mailed once, never the author; a name that is no member's is
 * just text. The comment, its mentions and the activity line are written together.
 */
export async function addComment(options: AddCommentOptions): Promise<CommentDto> {
  const { db, workspaceId, generationId, userId, role } = options;
  if (!can(role, "comments.create")) throw new AppError("forbidden", "Your role cannot comment here.");
  const parsed = commentInputSchema.safeParse(options);
  if (!parsed.success)
    throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Invalid comment.");
  const { body, atSeconds, mentionIds } = parsed.data;

  const comment = await db.$transaction(async (tx) => {
    const video = await tx.generation.findFirst({
      where: { id: generationId, workspaceId, deletedAt: null },
      select: { prompt: true },
    });
    if (!video) throw new AppError("not_found", "No such video in this workspace.");
    const members = await tx.membership.findMany({
      where: { workspaceId },
      select: { user: { select: { id: true, name: true, email: true } } },
    });
    const mentioned = findMentions(
      body,
      members.map((m) => ({ userId: m.user.id, name: displayName(m.user) })),
      mentionIds,
    ).filter((id) => id !== userId);
    const created = await tx.comment.create({
      data: {
        workspaceId,
        generationId,
        authorId: userId,
        body,
        atSeconds,
        mentions: { create: mentioned.map((id) => ({ userId: id })) },
      },
      select: { ...commentDtoSelect, mentions: { select: { id: true, user: commentDtoSelect.author } } },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "comment.created",
      subject: video.prompt,
      detail: { generationId, commentId: created.id, atSeconds, excerpt: body.slice(0, 140) },
    });
    return created;
  });

  for (const mention of comment.mentions) {
    try {
      await options.jobs?.notify({ kind: "comment_mention", mentionId: mention.id }, { key: mention.id });
    } catch (error) {
      // The comment stands; only this mail is missing. Said in the log, not to the commenter.
      log.error(
        { event: "mail.not-queued", err: error, mentionId: mention.id },
        "could not queue the mail for a mention",
      );
    }
  }
  return toCommentDto(comment);
}
