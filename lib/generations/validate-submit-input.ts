import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { UploadAvailability } from "@/lib/uploads/availability";
import { assertImagesInWorkspace } from "@/lib/uploads/image-urls";

/**
 * What a submit must pass before a row exists or anything is counted: the video it remixes is
 * in this workspace, and its images are this workspace's and reachable by the upstream.
 */
export async function validateSubmitInput(
  deps: { db: PrismaClient; imageAvailability?: () => UploadAvailability },
  input: {
    workspaceId: string;
    remixedFromId?: string | null;
    images: { inputImageId?: string | null; referenceImageIds: string[] };
  },
): Promise<void> {
  if (input.remixedFromId) {
    const source = await deps.db.generation.findFirst({
      where: { id: input.remixedFromId, workspaceId: input.workspaceId },
      select: { id: true },
    });
    if (!source) throw new AppError("not_found", "The video you are remixing is not in this workspace.");
  }
  const { images } = input;
  if (!images.inputImageId && images.referenceImageIds.length === 0) return;
  const availability = deps.imageAvailability?.() ?? { available: true as const };
  if (!availability.available) throw new AppError("bad_request", availability.reason);
  await assertImagesInWorkspace(deps.db, input.workspaceId, images);
}
