import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import type { Jobs } from "@/lib/jobs/enqueue";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";
import { canTouchGeneration } from "@/lib/workspaces/permissions";

/**
 * "Try now" on a video whose copy into our storage failed: a copy job runs at once instead of at
 * the engine's next retry. After the last attempt ("not saved") it buys exactly one more attempt.
 * Its creator or an admin may ask; nothing is charged (the video exists already).
 */
export async function copyNow(
  deps: { db: PrismaClient; jobs: Pick<Jobs, "mirror">; now?: () => Date },
  input: { workspaceId: string; id: string; userId: string; role: Role },
): Promise<{ id: string }> {
  const g = await deps.db.generation.findFirst({
    where: { id: input.id, workspaceId: input.workspaceId, deletedAt: null },
    select: { creatorId: true, state: true, videoAssetId: true, mirrorAttempts: true },
  });
  if (!g) throw new AppError("not_found", "No such video in this workspace.");
  // The same people who may delete it: its creator (a member or more) or an admin.
  if (!canTouchGeneration(input, g.creatorId, "delete"))
    throw new AppError("forbidden", "Only the person who made this video or an admin can retry its copy.");
  if (g.videoAssetId) throw new AppError("conflict", "This video is saved already.");
  if (g.state !== "succeeded" || g.mirrorAttempts === 0)
    throw new AppError("conflict", "There is no failed copy to try again.");
  await deps.db.generation.updateMany({
    where: { id: input.id, state: "succeeded", videoAssetId: null },
    data: {
      mirrorNextTryBy: deps.now?.() ?? new Date(),
      ...(g.mirrorAttempts >= MIRROR_ATTEMPTS ? { mirrorAttempts: MIRROR_ATTEMPTS - 1 } : {}),
    },
  });
  await deps.jobs.mirror(input.id);
  return { id: input.id };
}
