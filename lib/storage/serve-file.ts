import "server-only";
import { isValidKey } from "./keys";
import { streamObject } from "./stream-object";
import { isLocalDriver, type StorageDriver } from "./types";

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
  const response = await streamObject(request, storage, key, {
    cacheControl: `private, max-age=${Math.max(0, Number(exp) - Math.floor(now / 1000))}`,
    downloadName: dl,
  });
  return response ?? plain(404, "Not found.");
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
