import "server-only";
import path from "node:path";
import { createLocalDriver } from "./local-driver";
import { createS3Driver, type S3DriverOptions } from "./s3-driver";
import { deriveStorageSigningKey } from "./signing";
import type { StorageDriver } from "./types";

export type StorageConfig =
  | { driver: "local"; dataDir: string; secret: string; maxBytes?: number; now?: () => number }
  | ({ driver: "s3" } & S3DriverOptions);

/** The driver a configuration names; pure, so tests and scripts build one without the environment. */
export function createStorage(config: StorageConfig): StorageDriver {
  if (config.driver === "s3") return createS3Driver(config);
  return createLocalDriver({
    root: path.join(config.dataDir, "storage"),
    signingKey: deriveStorageSigningKey(config.secret),
    maxBytes: config.maxBytes,
    now: config.now,
  });
}
