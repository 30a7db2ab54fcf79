import "server-only";
import { momentDetail } from "@/lib/storyboards/chapters";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { recordNotifications, type NewNotification } from "@/lib/inbox/record-notifications";
import { wakeMailer } from "@/lib/inbox/wake-mailer";
import type { Jobs } from "@/lib/jobs/enqueue";
import { can } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { commentDtoSelect, toCommentDto, type CommentDto } from "./comment-dto";
import { commentInputSchema, type CommentInput } from "./comment-schema";
import { displayName, findMentions } from "./mentions";

export interface AddCommentOptions extends CommentInput {
  db: PrismaClient;
  /** Wakes the inbox mailer; without it entries wait for the minute's sweep. */
  jobs?: Pick<Jobs, "notify">;
  workspaceId: string;
  generationId: string;
  userId: string;
  role: Role;
}

/**
 * A comment on a video of the workspace, optionally at a moment of it, optionally a reply in a
 * thread. Members it names ("@Ada") are told (inbox, and mail if they want it); a reply tells the
 * people already in its thread; nobody is told twice about one comment, the author never. The
 * comment, its mentions, the inbox entries and the activity line are written together.
 */
export async function addComment(options: AddCommentOptions): Promise<CommentDto> {
  const { db, workspaceId, generationId, userId, role } = options;
  if (!can(role, "comments.create")) throw new AppError("forbidden", "Your role cannot comment here.");
  const parsed = commentInputSchema.safeParse(options);
  if (!parsed.success)
    throw new AppError("bad_request", parsed.error.issues[0]?.message ?? "Invalid comment.");
  const { body, atSeconds, mentionIds, replyTo } = parsed.data;

  const { comment, toMail } = await db.$transaction(async (tx) => {
    const video = await tx.generation.findFirst({
      where: { id: generationId, workspaceId, deletedAt: null },
      select: { prompt: true, chapters: true },
    });
    if (!video) throw new AppError("not_found", "No such video in this workspace.");
    const thread = replyTo ? await findThread(tx, { replyTo, generationId, workspaceId }) : null;
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
        // A reply is about its thread's moment unless it names one of its own.
        atSeconds: atSeconds ?? thread?.atSeconds ?? null,
        parentId: thread?.id ?? null,
        mentions: { create: mentioned.map((id) => ({ userId: id })) },
      },
      select: commentDtoSelect,
    });
    const about = {
      workspaceId,
      actorId: userId,
      generationId,
      commentId: created.id,
      detail: {
        prompt: video.prompt,
        excerpt: body.slice(0, 280),
        ...momentDetail(created.atSeconds, video.chapters),
      },
    };
    const entries: NewNotification[] = [
      ...mentioned.map((id) => ({ ...about, userId: id, kind: "mention" as const })),
      ...(thread?.people ?? [])
        .filter((id) => !mentioned.includes(id))
        .map((id) => ({ ...about, userId: id, kind: "reply" as const })),
    ];
    const toMail = await recordNotifications(tx, entries);
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "comment.created",
      subject: video.prompt,
      detail: {
        generationId,
        commentId: created.id,
        atSeconds: created.atSeconds,
        excerpt: body.slice(0, 140),
        ...(thread ? { replyTo: thread.id } : {}),
      },
    });
    return { comment: created, toMail };
  });
  await wakeMailer(options.jobs, toMail);
  return toCommentDto(comment);
}

/** The thread a reply joins: its first comment (a reply's own parent), and who has written in it. */
async function findThread(
  tx: Prisma.TransactionClient,
  input: { replyTo: string; generationId: string; workspaceId: string },
) {
  const target = await tx.comment.findFirst({
    where: {
      id: input.replyTo,
      generationId: input.generationId,
      workspaceId: input.workspaceId,
      deletedAt: null,
    },
    select: { id: true, parentId: true },
  });
  if (!target) throw new AppError("not_found", "That comment was deleted. Your reply was not posted.");
  const rootId = target.parentId ?? target.id;
  const root = await tx.comment.findUniqueOrThrow({
    where: { id: rootId },
    select: { id: true, atSeconds: true, authorId: true, replies: { select: { authorId: true } } },
  });
  return {
    id: root.id,
    atSeconds: root.atSeconds,
    // Guests (no account) are not told: they have no inbox.
    people: [...new Set([root.authorId, ...root.replies.map((r) => r.authorId)])].filter(
      (id): id is string => id !== null,
    ),
  };
}
