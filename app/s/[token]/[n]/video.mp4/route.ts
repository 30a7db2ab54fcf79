import type { NextRequest } from "next/server";
import { getStorage } from "@/lib/storage";
import { sharedDownloadName } from "@/lib/shares/html/share-meta";
import { openFromRequest, pickVideo, shareHandler } from "@/lib/shares/http/share-request";
import { mediaRefusal } from "@/lib/shares/http/share-responses";
import { serveSharedVideo } from "@/lib/shares/shared-media";

/**
 * A shared video's file, through the link: checked on every request (each range of a playing
 * video too), so revoking the link or deleting the video stops it at once.
 */
const serve = shareHandler(
  async (request: NextRequest, { params }: RouteContext<"/s/[token]/[n]/video.mp4">) => {
    const { token, n } = await params;
    const opened = await openFromRequest(request, token);
    if (!opened.ok) return mediaRefusal(opened.reason);
    const picked = pickVideo(opened.share, n);
    if (!picked.video) return mediaRefusal(picked.reason);
    const download = request.nextUrl.searchParams.has("download");
    if (download && !opened.share.allowDownload) return mediaRefusal("no_download");
    const name = download ? sharedDownloadName(opened.share, picked.video) : undefined;
    const response = await serveSharedVideo(request, getStorage(), picked.video.storageKey, name);
    return response ?? mediaRefusal("deleted");
  },
  () => new Response("Something went wrong.", { status: 500, headers: { "Cache-Control": "no-store" } }),
);

export const GET = serve;
export const HEAD = serve;
