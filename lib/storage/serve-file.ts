import "server-only";
import { Readable } from "node:stream";
import { contentDisposition } from "./content-disposition";
import { parseRange } from "./http-range";
import { isValidKey } from "./keys";
import { isLocalDriver, type StorageDriver } from "./types";

const INLINE_TYPES = /^(?:image|video|audio)\//;

/**
 * Answers GET and HEAD for `/api/files/<key>?exp=…&sig=…&dl=…` from the local driver: the signature
 * is the whole authorisation (it is checked before anything touches the disk), bodies are streamed,
 * and a single byte range is honoured so video seeks on phones. With S3 every key is a 404: those
 * files are served from presigned URLs.
 */
export async function serveFile(
  request: Request,
  key: string,
  storage: StorageDriver,
  options: { now?: number } = {},
): Promise<Response> {
  const now = options.now ?? Date.now();
  if (!isLocalDriver(storage)) return plain(404, "Not found.");

  const params = new URL(request.url).searchParams;
  const exp = params.get("exp");
  const dl = params.get("dl") || undefined;
  if (!storage.verifySignature(key, exp, params.get("sig"), dl) || !isValidKey(key)) {
    return plain(403, "This link has expired or is not valid.");
  }

  const object = await storage.head(key);
  if (!object) return plain(404, "Not found.");

  const headers = new Headers({
    "Content-Type": object.contentType,
    "Accept-Ranges": "bytes",
    "Cache-Control": `private, max-age=${Math.max(0, Number(exp) - Math.floor(now / 1000))}`,
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
  if (!file) return plain(404, "Not found.");
  return new Response(toWebStream(file.stream), { status, headers });
}

function toWebStream(stream: Readable): ReadableStream<Uint8Array> {
  return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
}

function plain(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
