import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { downloadFileName } from "@/lib/generations/download-name";
import { isPlayable } from "@/lib/generations/state-machine";
import type { ZipEntry } from "@/lib/generations/zip-entries";

export const EXPORT_MANIFEST = "videos.json";

/**
 * "Download my videos": everything this person made, in every workspace they are in, as one zip.
 * Each stored video sits in a folder named after its workspace; `videos.json` lists every video
 * they made, stored or not (a failed one's prompt is worth keeping too), with its prompt and
 * settings and, where there is one, the file it is in the zip.
 */
export async function exportEntries(db: PrismaClient, userId: string): Promise<ZipEntry[]> {
  const rows = await db.generation.findMany({
    where: { creatorId: userId, deletedAt: null, workspace: { memberships: { some: { userId } } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      prompt: true,
      model: true,
      aspectRatio: true,
      resolution: true,
      durationSec: true,
      state: true,
      errorMessage: true,
      favorite: true,
      reviewStatus: true,
      createdAt: true,
      finishedAt: true,
      workspace: { select: { id: true, name: true } },
      videoAsset: { select: { storageKey: true } },
    },
  });
  const folder = folderNames(rows.map((r) => r.workspace));
  const files: ZipEntry[] = [];
  const videos = rows.map((r) => {
    const stored = isPlayable(r.state) && r.videoAsset ? r.videoAsset.storageKey : null;
    const file = stored ? `${folder.get(r.workspace.id)}/${downloadFileName(r.prompt, r.id)}` : null;
    if (file && stored) files.push({ name: file, storageKey: stored });
    return {
      id: r.id,
      workspace: r.workspace.name,
      prompt: r.prompt,
      model: r.model,
      aspectRatio: r.aspectRatio,
      resolution: r.resolution,
      durationSec: r.durationSec,
      state: r.state,
      ...(r.errorMessage ? { error: r.errorMessage } : {}),
      favorite: r.favorite,
      reviewStatus: r.reviewStatus,
      createdAt: r.createdAt.toISOString(),
      finishedAt: r.finishedAt?.toISOString() ?? null,
      file,
    };
  });
  const manifest = { exportedAt: new Date().toISOString(), videos };
  return [{ name: EXPORT_MANIFEST, text: `${JSON.stringify(manifest, null, 2)}\n` }, ...files];
}

/** A folder per workspace, named after it (safe on every OS); two of one name told apart by id. */
function folderNames(workspaces: { id: string; name: string }[]): Map<string, string> {
  const names = new Map<string, string>();
  const used = new Set<string>();
  for (const { id, name } of workspaces) {
    if (names.has(id)) continue;
    const clean =
      name
        .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "-")
        .replace(/^[.\s]+|[.\s]+$/g, "")
        .slice(0, 60) || "workspace";
    const folder = used.has(clean.toLowerCase()) ? `${clean} (${id.slice(-4)})` : clean;
    used.add(folder.toLowerCase());
    names.set(id, folder);
  }
  return names;
}
