import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { deliverMail } from "@/lib/mail/transport";
import { mentionMail } from "@/lib/mail/templates";
import { displayName } from "./mentions";
import { formatMarker, videoPageAt } from "./time-marker";
import { log } from "@/lib/log/logger";

/**
 * Mails each mentioned person once. A mention is claimed (notifiedAt, compare-and-set) before its
 * mail leaves, so a job that runs twice mails once; a mail the server refused is released again
 * and its id returned, for the job engine to try later. Nothing is mailed for a comment or video
 * deleted since, to someone who has left the workspace, or to the comment's own author.
 */
export async function notifyMentions(
  deps: { db: PrismaClient; origin: string; now?: () => Date },
  mentionIds: readonly string[],
): Promise<{ sent: number; failed: string[] }> {
  const rows = await deps.db.commentMention.findMany({
    where: { id: { in: [...mentionIds] }, notifiedAt: null, comment: { deletedAt: null } },
    select: {
      id: true,
      user: { select: { id: true, email: true, memberships: { select: { workspaceId: true } } } },
      comment: {
        select: {
          body: true,
          atSeconds: true,
          workspaceId: true,
          authorId: true,
          author: { select: { name: true, email: true } },
          generation: { select: { id: true, prompt: true, deletedAt: true } },
        },
      },
    },
  });
  let sent = 0;
  const failed: string[] = [];
  for (const { id, user, comment } of rows) {
    const stillMember = user.memberships.some((m) => m.workspaceId === comment.workspaceId);
    if (!stillMember || comment.generation.deletedAt || user.id === comment.authorId) continue;
    const claimed = await deps.db.commentMention.updateMany({
      where: { id, notifiedAt: null },
      data: { notifiedAt: deps.now?.() ?? new Date() },
    });
    if (claimed.count !== 1) continue;
    const at = comment.atSeconds === null ? null : formatMarker(comment.atSeconds);
    try {
      await deliverMail(
        mentionMail({
          to: user.email,
          authorName: displayName(comment.author),
          prompt: comment.generation.prompt,
          body: comment.body,
          at,
          url: `${deps.origin}${videoPageAt(comment.generation.id, comment.atSeconds)}`,
        }),
      );
      sent++;
    } catch (error) {
      log.error({ event: "mail.failed", err: error, mentionId: id }, "mention mail failed");
      await deps.db.commentMention.updateMany({ where: { id }, data: { notifiedAt: null } });
      failed.push(id);
    }
  }
  return { sent, failed };
}
