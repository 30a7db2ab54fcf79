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

/** A playable video's file: our stored copy (and the name to download it as), or the provider's URL. */
export type GenerationFile = { storageKey: string; downloadName: string } | { providerUrl: string };

/** What `/api/generations/<id>/video` and `/download` serve; 404 for no such video, 409 while there is none yet. */
export async function generationFile(input: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
}): Promise<GenerationFile> {
  const row = await input.db.generation.findFirst({
    where: { id: input.id, workspaceId: input.workspaceId, deletedAt: null },
    select: {
      id: true,
      prompt: true,
      state: true,
      providerVideoUrl: true,
      videoAsset: { select: { storageKey: true } },
    },
  });
  if (!row) throw new AppError("not_found", NO_SUCH_VIDEO);
  if (isPlayable(row.state)) {
    if (row.videoAsset)
      return { storageKey: row.videoAsset.storageKey, downloadName: downloadFileName(row.prompt, row.id) };
    if (row.providerVideoUrl) return { providerUrl: row.providerVideoUrl };
  }
  throw new AppError("conflict", "This video is not ready yet.");
}
