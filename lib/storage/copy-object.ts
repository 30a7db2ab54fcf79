import "server-only";
import { Readable } from "node:stream";
import { keyExtension } from "./keys";
import { randomKey } from "./keys";
import { isLocalDriver, type StorageDriver } from "./types";

/**
 * Copies a stored object to a fresh key under the same prefix and returns that key: the copy
 * lives and dies on its own (deleting the original never takes it along). Streamed, so a video
 * never sits whole in memory: read from disk by the local driver, fetched through a URL presigned
 * for a few minutes from S3.
 */
export async function copyObject(storage: StorageDriver, key: string, now = new Date()): Promise<string> {
  const prefix = key.split("/")[0]!;
  const target = randomKey(prefix, keyExtension(key), now);
  if (isLocalDriver(storage)) {
    const file = await storage.read(key);
    if (!file) throw new Error(`stored object missing: ${key}`);
    await storage.put(target, file.stream, { contentType: file.contentType, contentLength: file.size });
    return target;
  }
  const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 300 }), {
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok || !response.body)
    throw new Error(`stored object unreadable (${response.status}): ${key}`);
  const size = Number(response.headers.get("content-length"));
  await storage.put(target, Readable.fromWeb(response.body as import("node:stream/web").ReadableStream), {
    contentType: response.headers.get("content-type") ?? "application/octet-stream",
    ...(Number.isFinite(size) && size > 0 ? { contentLength: size } : {}),
  });
  return target;
}
