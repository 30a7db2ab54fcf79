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

/**
 * Answers with a stored object for a caller the route has already authorised (a member of its
 * workspace): streamed by the local driver, or a redirect to a presigned URL that lives minutes (S3).
 * The local driver never redirects to its own signed URL: a production page's CSP has
 * `upgrade-insecure-requests`, and Chromium upgrades a redirect's target to https even on a plain
 * http host, so the video would not play there.
 */
export async function serveStoredFile(
  request: Request,
  storage: StorageDriver,
  key: string,
  options: { expiresInSeconds: number; downloadName?: string },
): Promise<Response> {
  if (isLocalDriver(storage)) {
    const response = await streamObject(request, storage, key, {
      // Kept by this browser only, briefly: the next request asks again (and is checked again).
      cacheControl: "private, max-age=300",
      downloadName: options.downloadName,
    });
    return response ?? plain(404, "Not found.");
  }
  const url = await storage.signedUrl(key, options);
  return new Response(null, {
    status: 302,
    headers: { Location: url, "Cache-Control": "private, no-store" },
  });
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
