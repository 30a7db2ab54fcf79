import "server-only";
import { dataDir } from "@/lib/config/data-dir";
import { env } from "@/lib/config/env";
import { authSecret } from "@/lib/config/secrets";
import { createStorage, type StorageConfig } from "./create-storage";
import type { StorageDriver } from "./types";

declare global {
  var __storage: StorageDriver | undefined;
}

/** The app's storage, chosen by STORAGE_DRIVER; built on first use and kept across dev hot reloads. */
export function getStorage(): StorageDriver {
  globalThis.__storage ??= createStorage(storageConfigFromEnv());
  return globalThis.__storage;
}

function storageConfigFromEnv(): StorageConfig {
  const config = env();
  if (config.STORAGE_DRIVER === "local") {
    return { driver: "local", dataDir: dataDir(config.DATA_DIR), secret: authSecret() };
  }
  // env-schema already requires the bucket and keys with STORAGE_DRIVER=s3; this narrows the type.
  if (!config.S3_BUCKET) throw new Error("S3_BUCKET is required when STORAGE_DRIVER=s3.");
  return {
    driver: "s3",
    bucket: config.S3_BUCKET,
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    accessKeyId: config.S3_ACCESS_KEY_ID,
    secretAccessKey: config.S3_SECRET_ACCESS_KEY,
  };
}

export { createStorage, type StorageConfig } from "./create-storage";
export { isValidKey, randomKey, stableKey } from "./keys";
export { isLocalDriver } from "./types";
export type { LocalStorageDriver, PutOptions, SignedUrlOptions, StorageDriver, StoredObject } from "./types";
