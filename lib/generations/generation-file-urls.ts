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

/** A playable video's file: our stored copy (and the name to download it as), or the provider's URL. */
export type GenerationFile = { storageKey: string; downloadName: string } | { providerUrl: string };

/**
 * What `/api/generations/<id>/video` and `/download` serve, read in one query: the generation's
 * workspace (for the membership check) and its file, null while there is none yet. Null for no such
 * generation (in `workspaceId`, when given).
 */
export async function findGenerationFile(
  db: PrismaClient,
  where: { id: string; workspaceId?: string },
): Promise<{ workspaceId: string; file: GenerationFile | null } | null> {
  const row = await db.generation.findFirst({
    where: { ...where, deletedAt: null },
    select: {
      id: true,
      workspaceId: true,
      prompt: true,
      state: true,
      providerVideoUrl: true,
      videoAsset: { select: { storageKey: true } },
    },
  });
  if (!row) return null;
  const file = !isPlayable(row.state)
    ? null
    : row.videoAsset
      ? { storageKey: row.videoAsset.storageKey, downloadName: downloadFileName(row.prompt, row.id) }
      : row.providerVideoUrl
        ? { providerUrl: row.providerVideoUrl }
        : null;
  return { workspaceId: row.workspaceId, file };
}

/** The file to serve, once the caller may have it: 409 while the video is not made yet. */
export function readyFile(file: GenerationFile | null): GenerationFile {
  if (!file) throw new AppError("conflict", "This video is not ready yet.");
  return file;
}
