import "server-only";
import { Readable } from "node:stream";
import { contentDisposition } from "./content-disposition";
import { parseRange } from "./http-range";
import type { LocalStorageDriver } from "./types";

const INLINE_TYPES = /^(?:image|video|audio)\//;

/**
 * Answers GET or HEAD with one stored object of the local driver, once the caller has decided the
 * request may have it: streamed, never whole in memory, and a single byte range honoured so video
 * seeks on phones. Null when the object is not there.
 */
export async function streamObject(
  request: Request,
  storage: LocalStorageDriver,
  key: string,
  options: { cacheControl: string; downloadName?: string },
): Promise<Response | null> {
  const object = await storage.head(key);
  if (!object) return null;
  const dl = options.downloadName;
  const headers = new Headers({
    "Content-Type": object.contentType,
    "Accept-Ranges": "bytes",
    "Cache-Control": options.cacheControl,
    "Content-Disposition": contentDisposition(
      dl || !INLINE_TYPES.test(object.contentType) ? "attachment" : "inline",
      dl,
    ),
    "X-Content-Type-Options": "nosniff",
  });

  // If-Range names a validator we never issued, so it cannot match: send the whole object.
  const range = request.headers.has("if-range")
    ? null
    : parseRange(request.headers.get("range"), object.size);
  if (range === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${object.size}`);
    headers.delete("Content-Disposition");
    return new Response(null, { status: 416, headers });
  }
  if (range) {
    headers.set("Content-Range", `bytes ${range.start}-${range.end}/${object.size}`);
  }
  // Next 16 drops Content-Length from route handler responses (they go out chunked); it is set for
  // other callers, and Content-Range still gives browsers the total size for seeking.
  headers.set("Content-Length", String(range ? range.end - range.start + 1 : object.size));
  const status = range ? 206 : 200;
  if (request.method === "HEAD") return new Response(null, { status, headers });

  const file = await storage.read(key, range ?? undefined);
  if (!file) return null;
  return new Response(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>, { status, headers });
}
