import "server-only";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdir, open, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createWriteStream } from "node:fs";
import { byteGuard, DEFAULT_MAX_OBJECT_BYTES, toReadable } from "./body";
import { assertValidKey, keyExtension } from "./keys";
import { expiryFor, fileUrlPath, signFileUrl, verifyFileSignature } from "./signing";
import type { LocalStorageDriver, StoredObject } from "./types";

export interface LocalDriverOptions {
  /** The folder holding the objects, normally `<dataDir>/storage`. */
  root: string;
  /** Signs file URLs; derive it with `deriveStorageSigningKey`, never pass the app secret itself. */
  signingKey: Uint8Array;
  maxBytes?: number;
  now?: () => number;
}

const TYPES_BY_EXTENSION: Record<string, string> = {
  mp4: "video/mp4",
  webm: "video/webm",
  mov: "video/quicktime",
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  webp: "image/webp",
  gif: "image/gif",
};
const FALLBACK_TYPE = "application/octet-stream";

export function createLocalDriver(options: LocalDriverOptions): LocalStorageDriver {
  const { root, signingKey, maxBytes = DEFAULT_MAX_OBJECT_BYTES, now = Date.now } = options;

  const fileFor = (key: string) => {
    assertValidKey(key);
    return path.join(root, key);
  };
  // The content type lives beside the object; the name cannot collide with a key (keys have one dot).
  const metaFor = (file: string) => `${file}.meta.json`;

  async function contentTypeOf(file: string, key: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(metaFor(file), "utf8")) as { contentType?: unknown };
      if (typeof meta.contentType === "string") return meta.contentType;
    } catch {
      // A missing or unreadable sidecar falls back to the extension.
    }
    return TYPES_BY_EXTENSION[keyExtension(key)] ?? FALLBACK_TYPE;
  }

  /** Writes to a temporary name in the same folder and renames: readers see all of a file or none. */
  async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
    const tmp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${randomBytes(6).toString("hex")}.tmp`,
    );
    try {
      await write(tmp);
      await rename(tmp, file);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
  }

  return {
    kind: "local",

    async put(key, body, { contentType, contentLength }) {
      const file = fileFor(key);
      const guard = byteGuard(maxBytes, contentLength);
      await mkdir(path.dirname(file), { recursive: true });
      await writeAtomically(file, async (tmp) => {
        const out = createWriteStream(tmp, { flags: "wx", mode: 0o600 });
        await pipeline(toReadable(body), guard, out).catch(async (error: unknown) => {
          // A refused body can fail the pipeline before the file is even opened; the stream then
          // opens (creates) it and closes. Wait for that, so the clean-up finds what it must remove.
          if (!out.closed) await once(out, "close").catch(() => undefined);
          throw error;
        });
        // The sidecar lands first: a crash between the two renames leaves an orphan sidecar, never an
        // object with the wrong type.
        await writeAtomically(metaFor(file), (metaTmp) =>
          writeFile(metaTmp, JSON.stringify({ contentType }), { flag: "wx", mode: 0o600 }),
        );
      });
    },

    async head(key): Promise<StoredObject | null> {
      const file = fileFor(key);
      const info = await stat(file).catch(nullIfMissing);
      if (!info?.isFile()) return null;
      return { size: info.size, contentType: await contentTypeOf(file, key) };
    },

    async read(key, range) {
      const file = fileFor(key);
      const handle = await open(file, "r").catch(nullIfMissing);
      if (!handle) return null;
      try {
        const { size } = await handle.stat();
        if (range && (range.start < 0 || range.end < range.start || range.start >= size)) {
          throw new RangeError(`Range ${range.start}-${range.end} is outside a ${size}-byte object`);
        }
        const contentType = await contentTypeOf(file, key);
        const stream = handle.createReadStream(
          range ? { start: range.start, end: Math.min(range.end, size - 1) } : {},
        );
        return { stream, size, contentType };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      const file = fileFor(key);
      await rm(file, { force: true });
      await rm(metaFor(file), { force: true });
    },

    async signedUrl(key, { expiresInSeconds, downloadName, baseUrl }) {
      assertValidKey(key);
      const exp = expiryFor(expiresInSeconds, now());
      const urlPath = fileUrlPath(key, exp, signFileUrl(signingKey, key, exp, downloadName), downloadName);
      return baseUrl ? new URL(urlPath, baseUrl).toString() : urlPath;
    },

    verifySignature(key, exp, sig, dl) {
      return verifyFileSignature(signingKey, { key, exp, sig, dl }, now());
    },
  };
}

function nullIfMissing(error: unknown): null {
  if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
  throw error;
}
