import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { canRevokeShare } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { subjectOf } from "./create-share-link";

/**
 * Stops a share link at once: its page and its media check the link on every request. The row
 * stays (with its views) for the record. Revoking twice answers the same.
 */
export async function revokeShareLink(options: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  userId: string;
  role: Role;
  now?: Date;
}): Promise<{ id: string; revokedAt: string }> {
  const { db, workspaceId, id, userId, role } = options;
  const now = options.now ?? new Date();
  return db.$transaction(async (tx) => {
    const link = await tx.shareLink.findFirst({
      where: { id, workspaceId },
      select: {
        createdById: true,
        title: true,
        revokedAt: true,
        items: { orderBy: { position: "asc" }, select: { generation: { select: { prompt: true } } } },
      },
    });
    if (!link) throw new AppError("not_found", "No such share link in this workspace.");
    if (!canRevokeShare({ userId, role }, link.createdById))
      throw new AppError(
        "forbidden",
        "Only the person who made this link or a workspace admin can revoke it.",
      );
    if (link.revokedAt) return { id, revokedAt: link.revokedAt.toISOString() };
    const { count } = await tx.shareLink.updateMany({
      where: { id, workspaceId, revokedAt: null },
      data: { revokedAt: now, revokedReason: "revoked" },
    });
    if (count !== 1) throw new AppError("conflict", "The link changed while revoking it; try again.");
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "share.revoked",
      subject: link.title ?? subjectOf(link.items.map((i) => i.generation.prompt)),
    });
    return { id, revokedAt: now.toISOString() };
  });
}
