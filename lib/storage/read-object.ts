import "server-only";
import { buffer } from "node:stream/consumers";
import { isLocalDriver, type StorageDriver } from "./types";

/**
 * A small stored object (a poster), whole, in memory: read from disk by the local driver, fetched
 * through a URL presigned for a minute from S3. Null when it is not there.
 */
export async function readSmallObject(storage: StorageDriver, key: string): Promise<Buffer | null> {
  if (isLocalDriver(storage)) {
    const file = await storage.read(key);
    return file ? buffer(file.stream) : null;
  }
  const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 60 }), {
    signal: AbortSignal.timeout(10_000),
  });
  return response.ok ? Buffer.from(await response.arrayBuffer()) : null;
}
