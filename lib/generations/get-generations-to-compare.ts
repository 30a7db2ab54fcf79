import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { compareIdsSchema } from "./compare-ids";
import { creatorName } from "./creator-name";
import { generationDtoSelect, toGenerationDto, type GenerationDto, type SignVideoUrl } from "./dto";
import { isPlayable } from "./state-machine";

export interface ComparedGeneration extends GenerationDto {
  creator: { id: string; name: string };
  videoUrl: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The 2 to 4 videos of one workspace to play side by side, in the order asked. All or nothing:
 * an id that is not a live video of this workspace (deleted, another workspace's, never made) is
 * refused without saying which — another workspace's video looks like one that never existed —
 * and so is one without a video yet (still being made, or failed).
 */
export async function getGenerationsToCompare(input: {
  db: PrismaClient;
  workspaceId: string;
  ids: readonly string[];
  sign: SignVideoUrl;
}): Promise<ComparedGeneration[]> {
  const parsed = compareIdsSchema.safeParse(input.ids);
  if (!parsed.success) throw new AppError("bad_request", parsed.error.issues[0]!.message);
  const ids = parsed.data;
  const rows = await input.db.generation.findMany({
    where: { id: { in: ids }, workspaceId: input.workspaceId, deletedAt: null },
    select: { ...generationDtoSelect, creator: { select: { id: true, name: true, email: true } } },
  });
  const missing = ids.length - rows.length;
  if (missing > 0)
    throw new AppError(
      "not_found",
      missing === ids.length
        ? "None of these videos is in this workspace: they were deleted, or belong to another workspace."
        : `${missing} of these videos ${plural(missing, "is", "are")} not in this workspace: deleted, or in another workspace.`,
    );

  const shown = await Promise.all(
    rows.map(async (row) => ({
      ...(await toGenerationDto(row, input.sign)),
      // The DTO would carry the row's creator as selected, email included; only a name is shown.
      creator: { id: row.creator.id, name: creatorName(row.creator) },
    })),
  );
  const waiting = shown.filter((g) => !isPlayable(g.state) || !g.videoUrl).length;
  if (waiting > 0)
    throw new AppError(
      "conflict",
      `${waiting} of these videos ${plural(waiting, "has", "have")} no video to play yet (still being made, or failed). Compare finished videos.`,
    );
  const byId = new Map(shown.map((g) => [g.id, g]));
  return ids.map((id) => {
    const g = byId.get(id)!;
    return { ...g, videoUrl: g.videoUrl! };
  });
}
