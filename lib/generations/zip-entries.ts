import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { downloadFileName } from "./download-name";
import { isPlayable } from "./state-machine";

/** A stored file (a video) or a small text written into the zip (an export's manifest). */
export type ZipEntry = { name: string; storageKey: string } | { name: string; text: string };

/**
 * What a zip of a selection holds: the videos of this workspace that are ready and in our
 * storage, each named after its prompt (unique by its id suffix). Others are left out.
 */
export async function zipEntries(input: {
  db: PrismaClient;
  workspaceId: string;
  ids: string[];
}): Promise<ZipEntry[]> {
  const ids = [...new Set(input.ids)];
  const rows = await input.db.generation.findMany({
    where: { id: { in: ids }, workspaceId: input.workspaceId, deletedAt: null },
    select: {
      id: true,
      prompt: true,
      state: true,
      createdAt: true,
      videoAsset: { select: { storageKey: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  if (rows.length < ids.length)
    throw new AppError("not_found", "Some of these videos are not in this workspace.");
  const stored = rows.flatMap((r) =>
    isPlayable(r.state) && r.videoAsset
      ? [{ id: r.id, prompt: r.prompt, storageKey: r.videoAsset.storageKey }]
      : [],
  );
  if (stored.length === 0)
    throw new AppError(
      "conflict",
      "None of these videos is saved in the studio's storage yet, so there is nothing to zip.",
    );
  return stored.map((r) => ({ name: downloadFileName(r.prompt, r.id), storageKey: r.storageKey }));
}
