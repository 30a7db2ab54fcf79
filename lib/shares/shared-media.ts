import "server-only";
import sharp from "sharp";
import { isLocalDriver, type StorageDriver } from "@/lib/storage/types";
import { readSmallObject } from "@/lib/storage/read-object";
import { streamObject } from "@/lib/storage/stream-object";

/** Shared media may never outlive the link in a cache: every request goes through the check. */
export const SHARE_MEDIA_CACHE = "private, no-store, max-age=0";
/** With S3 the browser is sent to a presigned URL that lives this long (the link is checked first). */
export const PRESIGNED_SECONDS = 60;

/**
 * A shared video's stored copy, after the caller checked the link for this very request: streamed
 * with ranges from local storage, or a redirect to a presigned S3 URL valid for a minute.
 */
export async function serveSharedVideo(
  request: Request,
  storage: StorageDriver,
  storageKey: string,
  downloadName?: string,
): Promise<Response | null> {
  if (isLocalDriver(storage))
    return streamObject(request, storage, storageKey, { cacheControl: SHARE_MEDIA_CACHE, downloadName });
  const url = await storage.signedUrl(storageKey, { expiresInSeconds: PRESIGNED_SECONDS, downloadName });
  return new Response(null, { status: 302, headers: { Location: url, "Cache-Control": SHARE_MEDIA_CACHE } });
}

/** Posters are stored as WebP (small, for the gallery); chat apps want JPEG, so they are converted once. */
const jpegCache = new Map<string, Promise<Buffer | null>>();
const JPEG_CACHE_SIZE = 64;

export function sharedPosterJpeg(storage: StorageDriver, posterKey: string): Promise<Buffer | null> {
  const cached = jpegCache.get(posterKey);
  if (cached) return cached;
  const made = readSmallObject(storage, posterKey).then((webp) =>
    webp ? sharp(webp).jpeg({ quality: 80, mozjpeg: true }).toBuffer() : null,
  );
  // A failed read is not remembered: the next request tries again.
  made.then(
    (b) => b ?? jpegCache.delete(posterKey),
    () => jpegCache.delete(posterKey),
  );
  jpegCache.set(posterKey, made);
  if (jpegCache.size > JPEG_CACHE_SIZE) jpegCache.delete(jpegCache.keys().next().value!);
  return made;
}
