import "server-only";
import { once } from "node:events";
import { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import { isLocalDriver, type StorageDriver } from "@/lib/storage";
import type { ZipEntry } from "./zip-entries";
import { log } from "@/lib/log/logger";

/** A stored file as a stream: read from disk, or fetched through a short-lived signed URL. */
async function openStored(storage: StorageDriver, key: string): Promise<Readable> {
  if (isLocalDriver(storage)) {
    const file = await storage.read(key);
    if (!file) throw new Error(`stored file missing: ${key}`);
    return file.stream;
  }
  const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 300 }));
  if (!response.ok || !response.body) throw new Error(`stored file unreadable (${response.status}): ${key}`);
  return Readable.fromWeb(response.body as never);
}

/**
 * A zip of the entries, streamed as it is written: one file open at a time, stored without
 * compression (MP4 does not shrink), so a hundred videos never sit in memory.
 */
export function zipStream(storage: StorageDriver, entries: ZipEntry[]): ReadableStream<Uint8Array> {
  const archive = new ZipArchive({ store: true });
  void (async () => {
    for (const entry of entries) {
      const body = "text" in entry ? Buffer.from(entry.text) : await openStored(storage, entry.storageKey);
      archive.append(body, { name: entry.name });
      await once(archive, "entry");
    }
    await archive.finalize();
  })().catch((error: unknown) => {
    log.error({ event: "zip.failed", err: error }, "zip failed");
    archive.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  return Readable.toWeb(archive) as ReadableStream<Uint8Array>;
}
