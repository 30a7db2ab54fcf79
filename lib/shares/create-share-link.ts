import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { isPlayable } from "@/lib/generations/state-machine";
import { can, canIn, sharingKeptTo } from "@/lib/workspaces/permissions";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { SHARE_EXPIRIES } from "./share-limits";
import type { CreateShareInput } from "./share-schema";
import { newShareToken, sharePath } from "./share-token";

export interface CreatedShareLink {
  id: string;
  /** The page's path with its token: shown once, never stored. */
  path: string;
  expiresAt: string | null;
}

/**
 * Makes a share link for one video or a reel of several of this workspace, in the order given.
 * Only finished videos whose copy is in our storage can be shared: the page serves that copy
 * through the link, never the provider's URL.
 */
export async function createShareLink(options: {
  db: PrismaClient;
  workspaceId: string;
  userId: string;
  role: Role;
  input: CreateShareInput;
  now?: Date;
}): Promise<CreatedShareLink> {
  const { db, workspaceId, userId, role, input } = options;
  if (!can(role, "shares.create")) throw new AppError("forbidden", "Your role cannot share videos.");
  const now = options.now ?? new Date();
  const ids = [...new Set(input.generationIds)];
  const days = SHARE_EXPIRIES[input.expiresIn].days;
  const expiresAt = days === null ? null : new Date(now.getTime() + days * 86_400_000);
  // Hashed before the transaction: argon2 takes a moment, and a transaction should not wait on it.
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const { token, tokenHash, tokenHint } = newShareToken();

  const id = await db.$transaction(async (tx) => {
    // The workspace's rule, read with the write: a rule tightened a moment ago already holds.
    const rules = await tx.workspace.findUniqueOrThrow({
      where: { id: workspaceId },
      select: { name: true, publicLinksMinRole: true },
    });
    if (!canIn(role, "shares.create", rules))
      throw new AppError("forbidden", `${sharingKeptTo(rules.name, rules.publicLinksMinRole)}.`);
    const found = await tx.generation.findMany({
      where: { id: { in: ids }, workspaceId, deletedAt: null },
      select: { id: true, prompt: true, state: true, videoAssetId: true },
    });
    const byId = new Map(found.map((g) => [g.id, g]));
    // Another workspace's id reads exactly like one that never existed.
    if (byId.size !== ids.length)
      throw new AppError(
        "not_found",
        ids.length === 1
          ? "No such video in this workspace."
          : "Some of these videos are not in this workspace.",
      );
    const unfinished = found.filter((g) => !isPlayable(g.state) || !g.videoAssetId);
    if (unfinished.length > 0)
      throw new AppError(
        "conflict",
        ids.length === 1
          ? "This video is not saved yet. Share it once it is ready."
          : `${unfinished.length} of these videos are not saved yet. Share them once they are ready.`,
      );
    const link = await tx.shareLink.create({
      data: {
        workspaceId,
        createdById: userId,
        tokenHash,
        tokenHint,
        title: input.title,
        expiresAt,
        passwordHash,
        allowDownload: input.allowDownload,
        showPrompt: input.showPrompt,
        allowComments: Boolean(input.allowComments || input.allowApproval),
        allowApproval: Boolean(input.allowApproval),
        items: { create: ids.map((generationId, position) => ({ generationId, position })) },
      },
      select: { id: true },
    });
    await recordActivity(tx, {
      workspaceId,
      actorId: userId,
      action: "share.created",
      subject: input.title ?? subjectOf(ids.map((i) => byId.get(i)!.prompt)),
      detail: { videos: ids.length, expiresIn: input.expiresIn, password: Boolean(passwordHash) },
    });
    return link.id;
  });
  return { id, path: sharePath(token), expiresAt: expiresAt?.toISOString() ?? null };
}

/** "a prompt" or "a prompt and 3 more", for the activity list. */
export function subjectOf(prompts: string[]): string {
  const first = prompts[0] ?? "";
  if (prompts.length < 2) return first;
  const short = first.length > 80 ? `${first.slice(0, 79)}…` : first;
  return `${short} and ${prompts.length - 1} more`;
}
