import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isPlayable } from "@/lib/generations/state-machine";
import { hashShareToken, isShareTokenShape } from "./share-token";

/** A video of a share link as the page and its media routes need it; never the workspace's ids. */
export interface SharedVideo {
  position: number;
  prompt: string;
  model: string;
  aspectRatio: string;
  resolution: string;
  durationSec: number;
  storageKey: string;
  posterKey: string | null;
  width: number | null;
  height: number | null;
}

export type ShareLinkRecord = NonNullable<Awaited<ReturnType<typeof findShareLink>>>;

/**
 * The link a token names, with every one of its videos and whether each can still be shown. One
 * query; a token that cannot be ours is not looked up.
 */
export async function findShareLink(db: PrismaClient, token: string) {
  if (!isShareTokenShape(token)) return null;
  const link = await db.shareLink.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: {
      id: true,
      title: true,
      expiresAt: true,
      revokedAt: true,
      passwordHash: true,
      allowDownload: true,
      showPrompt: true,
      allowComments: true,
      allowApproval: true,
      items: {
        orderBy: { position: "asc" },
        select: {
          position: true,
          generation: {
            select: {
              prompt: true,
              model: true,
              aspectRatio: true,
              resolution: true,
              durationSec: true,
              state: true,
              deletedAt: true,
              videoAsset: { select: { storageKey: true, posterKey: true, width: true, height: true } },
            },
          },
        },
      },
    },
  });
  if (!link) return null;
  const { items, ...rest } = link;
  return {
    ...rest,
    items: items.map(({ position, generation: g }) => ({
      position,
      // A deleted (even if restorable), unfinished or not-stored video is not shown, nor its file.
      video:
        !g.deletedAt && isPlayable(g.state) && g.videoAsset
          ? ({
              position,
              prompt: g.prompt,
              model: g.model,
              aspectRatio: g.aspectRatio,
              resolution: g.resolution,
              durationSec: g.durationSec,
              ...g.videoAsset,
            } satisfies SharedVideo)
          : null,
    })),
  };
}
