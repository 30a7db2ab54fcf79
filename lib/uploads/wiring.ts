import "server-only";
import { db } from "@/lib/db/client";
import { env, isDemoMode } from "@/lib/config/env";
import { selfUrl } from "@/lib/config/self-url";
import { getStorage } from "@/lib/storage";
import { imageUploadAvailability } from "./availability";
import { resolveImageUrlsFor } from "./image-urls";

/** Uploads wired to this deployment's configuration; the functions they call stay pure. */
export const uploadAvailability = () =>
  imageUploadAvailability({
    demo: isDemoMode(),
    storageDriver: env().STORAGE_DRIVER,
    appUrl: env().APP_URL,
  });

/** `SubmitDeps.resolveImageUrls` for one workspace. The demo simulator fetches over loopback. */
export const imageUrlResolver = (workspaceId: string) =>
  resolveImageUrlsFor({
    db,
    storage: getStorage(),
    workspaceId,
    publicBaseUrl: isDemoMode() ? selfUrl() : env().APP_URL,
  });
