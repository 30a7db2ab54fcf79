import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { subjectOf, type CreatedShareLink } from "./create-share-link";
import { newShareToken, sharePath } from "./share-token";

/**
 * An admin keeps a link that stopped when its maker left: a new link under the admin's name, with
 * the same videos (those still in the workspace), title, expiry, password and options. The old
 * address stays dead (its token is gone with its maker's access); the new one is shown once.
 */
export async function remakeShareLink(options: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  userId: string;
  role: Role;
  now?: Date;
}): Promise<CreatedShareLink> {
  const { db, workspaceId, id, userId, role } = options;
  if (!can(role, "shares.revoke.any"))
    throw new AppError("forbidden", "Only a workspace admin can make these again.");
  const now = options.now ?? new Date();
  const { token, tokenHash, tokenHint } = newShareToken();
  const made = await db.$transaction(async (tx) => {
    const old = await tx.shareLink.findFirst({
      where: { id, workspaceId, revokedReason: "maker-left" },
      select: {
        title: true,
        expiresAt: true,
        passwordHash: true,
        allowDownload: true,
        showPrompt: true,
        allowComments: true,
        allowApproval: true,
        items: {
          orderBy: { position: "asc" },
          where: { generation: { deletedAt: null } },
          select: { generation: { select: { id: true, prompt: true } } },
        },
      },
    });
    if (!old)
      throw new AppError(
        "not_found",
        "No such stopped link in this workspace (it may have been made again).",
      );
    if (old.expiresAt && old.expiresAt <= now)
      throw new AppError("conflict", "That link had expired anyway.");
    if (old.items.length === 0) throw new AppError("conflict", "Its videos have all been deleted.");
    const { count } = await tx.shareLink.updateMany({
      where: { id, revokedReason: "maker-left" },
      data: { revokedReason: "remade" },
    });
    if (count !== 1) throw new AppError("conflict", "Someone made this link again a moment ago.");
    const link = await tx.shareLink.create({
      data: {
        workspaceId,
        createdById: userId,
        tokenHash,
        tokenHint,
        title: old.title,
        expiresAt: old.expiresAt,
        passwordHash: old.passwordHash,
        allowDownload: old.allowDownload,
        showPrompt: old.showPrompt,
        allowComments: old.allowComments,
        allowApproval: old.allowApproval,
        items: {
          create: old.items.map((item, position) => ({ generationId: item.generation.id, position })),
        },
      },
      select: { id: true, expiresAt: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "share.created",
      subject: old.title ?? subjectOf(old.items.map((i) => i.generation.prompt)),
      detail: { videos: old.items.length, remade: true, password: Boolean(old.passwordHash) },
    });
    return link;
  });
  return { id: made.id, path: sharePath(token), expiresAt: made.expiresAt?.toISOString() ?? null };
}
