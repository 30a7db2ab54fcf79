import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { findShareLink, type ShareLinkRecord, type SharedVideo } from "./find-share-link";
import { verifyShareProof } from "./share-proof";

export type ShareRefusal =
  "not_found" | "expired" | "revoked" | "deleted" | "password_required" | "wrong_password";

export interface OpenedShare {
  id: string;
  title: string | null;
  allowDownload: boolean;
  showPrompt: boolean;
  /** Guest review: comments at a moment, and a verdict (approve or request changes). */
  allowComments: boolean;
  allowApproval: boolean;
  hasPassword: boolean;
  /** The videos that can still be shown, in order (a reel may have lost some). */
  videos: SharedVideo[];
  /** How many videos the link was made with (positions 0 to itemCount - 1). */
  itemCount: number;
}

export type OpenShareResult =
  { ok: true; share: OpenedShare } | { ok: false; reason: ShareRefusal; title?: string | null };

export interface OpenShareOptions {
  token: string;
  /** The password proof cookie sent with the request, if any. */
  proof?: string;
  proofKey: Uint8Array;
  now?: Date;
}

/**
 * Resolves a share token to what may be shown, on every request (page and media alike), so a
 * revoke, an expiry or a deleted video takes effect at once. Another workspace's link, an unknown
 * token and a malformed one all read the same: not found.
 */
export async function openShareLink(db: PrismaClient, options: OpenShareOptions): Promise<OpenShareResult> {
  const link = await findShareLink(db, options.token);
  const now = options.now ?? new Date();
  const refusal = judgeShareLink(link, now);
  if (refusal) return { ok: false, reason: refusal };
  const live = link!;
  if (
    live.passwordHash &&
    !verifyShareProof(
      options.proofKey,
      { id: live.id, passwordHash: live.passwordHash },
      options.proof,
      now.getTime(),
    )
  )
    return { ok: false, reason: "password_required", title: live.title };
  return { ok: true, share: toOpened(live) };
}

/** Why a link cannot open (before any password), or null when it can. */
export function judgeShareLink(link: ShareLinkRecord | null, now: Date): ShareRefusal | null {
  if (!link) return "not_found";
  if (link.revokedAt) return "revoked";
  if (link.expiresAt && link.expiresAt.getTime() <= now.getTime()) return "expired";
  if (!link.items.some((i) => i.video)) return "deleted";
  return null;
}

function toOpened(link: ShareLinkRecord): OpenedShare {
  return {
    id: link.id,
    title: link.title,
    allowDownload: link.allowDownload,
    showPrompt: link.showPrompt,
    allowComments: link.allowComments,
    allowApproval: link.allowApproval,
    hasPassword: Boolean(link.passwordHash),
    videos: link.items.flatMap((i) => (i.video ? [i.video] : [])),
    itemCount: link.items.length,
  };
}
