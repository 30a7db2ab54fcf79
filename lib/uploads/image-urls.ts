import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import type { StorageDriver } from "@/lib/storage";
import { NEEDS_PUBLIC_ADDRESS } from "./availability";

export { imageUploadAvailability, type UploadAvailability } from "./availability";

/** Long enough for a task that waits in the upstream's queue before it fetches its images. */
export const UPSTREAM_IMAGE_URL_SECONDS = 24 * 60 * 60;

export interface ImageIds {
  inputImageId?: string | null;
  referenceImageIds: string[];
}

export interface ResolvedImageUrls {
  imageUrl?: string;
  referenceImageUrls: string[];
}

const NOT_IN_WORKSPACE = "One of the images is not in this workspace.";

/** The image assets behind these ids, all in this workspace, or a not_found that leaks nothing. */
export async function assertImagesInWorkspace(
  db: PrismaClient,
  workspaceId: string,
  ids: ImageIds,
): Promise<Map<string, string>> {
  const wanted = [...new Set([...(ids.inputImageId ? [ids.inputImageId] : []), ...ids.referenceImageIds])];
  if (wanted.length === 0) return new Map();
  const assets = await db.asset.findMany({
    where: { id: { in: wanted }, workspaceId, kind: "image" },
    select: { id: true, storageKey: true },
  });
  if (assets.length !== wanted.length) throw new AppError("not_found", NOT_IN_WORKSPACE);
  return new Map(assets.map((a) => [a.id, a.storageKey]));
}

/**
 * Builds `SubmitDeps.resolveImageUrls`: asset ids → URLs the upstream can fetch. S3 presigns;
 * the local driver signs absolute URLs on `publicBaseUrl` (APP_URL, or this server in demo mode).
 */
export function resolveImageUrlsFor(options: {
  db: PrismaClient;
  storage: StorageDriver;
  workspaceId: string;
  publicBaseUrl: string | undefined;
}): (ids: ImageIds) => Promise<ResolvedImageUrls> {
  const { db, storage, workspaceId, publicBaseUrl } = options;
  return async (ids) => {
    const keys = await assertImagesInWorkspace(db, workspaceId, ids);
    if (keys.size === 0) return { referenceImageUrls: [] };
    if (storage.kind === "local" && !publicBaseUrl) throw new AppError("bad_request", NEEDS_PUBLIC_ADDRESS);

    const sign = (id: string) =>
      storage.signedUrl(keys.get(id)!, {
        expiresInSeconds: UPSTREAM_IMAGE_URL_SECONDS,
        ...(storage.kind === "local" ? { baseUrl: publicBaseUrl } : {}),
      });
    const [imageUrl, referenceImageUrls] = await Promise.all([
      ids.inputImageId ? sign(ids.inputImageId) : undefined,
      Promise.all(ids.referenceImageIds.map(sign)),
    ]);
    return { ...(imageUrl ? { imageUrl } : {}), referenceImageUrls };
  };
}
