import "server-only";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream } from "node:stream/web";
import { isLocalDriver, type StorageDriver } from "./types";

/**
 * Copies a stored object into a local file for ffmpeg, streamed (a video never sits whole in
 * memory): read from disk by the local driver, fetched through a URL presigned for minutes from S3.
 */
export async function downloadObject(storage: StorageDriver, key: string, file: string): Promise<void> {
  if (isLocalDriver(storage)) {
    const object = await storage.read(key);
    if (!object) throw new Error(`stored object missing: ${key}`);
    await pipeline(object.stream, createWriteStream(file));
    return;
  }
  const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 300 }), {
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok || !response.body)
    throw new Error(`stored object unreadable (${response.status}): ${key}`);
  await pipeline(Readable.fromWeb(response.body as ReadableStream), createWriteStream(file));
}
