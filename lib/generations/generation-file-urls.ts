import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { downloadFileName } from "./download-name";
import { isPlayable, type GenerationState } from "./state-machine";

/** Signs a storage key; with `downloadName` the URL serves the file as an attachment. */
export type SignStorageUrl = (storageKey: string, options?: { downloadName?: string }) => Promise<string>;

/**
 * Where "Download" leads: our stored copy served as an attachment named after the prompt, or the
 * provider's URL while the copy is not made yet; null while there is no video.
 */
export async function downloadUrlFor(
  row: {
    id: string;
    prompt: string;
    state: GenerationState;
    videoAsset: { storageKey: string } | null;
    providerVideoUrl: string | null;
  },
  sign: SignStorageUrl,
): Promise<string | null> {
  if (!isPlayable(row.state)) return null;
  if (row.videoAsset)
    return sign(row.videoAsset.storageKey, { downloadName: downloadFileName(row.prompt, row.id) });
  return row.providerVideoUrl;
}

const NO_SUCH_VIDEO = "No such generation in this workspace.";

async function findVideo(db: PrismaClient, workspaceId: string, id: string) {
  const row = await db.generation.findFirst({
    where: { id, workspaceId, deletedAt: null },
    select: {
      id: true,
      prompt: true,
      state: true,
      providerVideoUrl: true,
      videoAsset: { select: { storageKey: true } },
    },
  });
  if (!row) throw new AppError("not_found", NO_SUCH_VIDEO);
  return row;
}

export async function generationDownloadUrl(input: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  sign: SignStorageUrl;
}): Promise<string> {
  const url = await downloadUrlFor(await findVideo(input.db, input.workspaceId, input.id), input.sign);
  if (!url) throw new AppError("conflict", "This video is not ready to download yet.");
  return url;
}

/**
 * Where `/api/generations/<id>/video` leads: a freshly signed URL of our stored copy (short-lived,
 * so it is minted per request), or the provider's URL while the copy is not made yet.
 */
export async function generationPlayUrl(input: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  sign: SignStorageUrl;
}): Promise<string> {
  const row = await findVideo(input.db, input.workspaceId, input.id);
  if (!isPlayable(row.state)) throw new AppError("conflict", "This video is not ready to play yet.");
  if (row.videoAsset) return input.sign(row.videoAsset.storageKey);
  if (row.providerVideoUrl) return row.providerVideoUrl;
  throw new AppError("conflict", "This video is not ready to play yet.");
}
