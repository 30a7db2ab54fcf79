import type { NextRequest } from "next/server";
import { getStorage } from "@/lib/storage";
import { openFromRequest, pickVideo, shareHandler } from "@/lib/shares/http/share-request";
import { mediaRefusal } from "@/lib/shares/http/share-responses";
import { SHARE_MEDIA_CACHE, sharedPosterJpeg } from "@/lib/shares/shared-media";

/** A shared video's still as JPEG (what chat-app previews show), through the link like its video. */
export const GET = shareHandler(
  async (request: NextRequest, { params }: RouteContext<"/s/[token]/[n]/poster.jpg">) => {
    const { token, n } = await params;
    const opened = await openFromRequest(request, token);
    if (!opened.ok) return mediaRefusal(opened.reason);
    const picked = pickVideo(opened.share, n);
    if (!picked.video) return mediaRefusal(picked.reason);
    const jpeg = picked.video.posterKey ? await sharedPosterJpeg(getStorage(), picked.video.posterKey) : null;
    if (!jpeg) return mediaRefusal("not_found");
    return new Response(new Uint8Array(jpeg), {
      headers: {
        "Content-Type": "image/jpeg",
        "Content-Length": String(jpeg.length),
        "Cache-Control": SHARE_MEDIA_CACHE,
        "X-Content-Type-Options": "nosniff",
      },
    });
  },
  () => new Response("Something went wrong.", { status: 500, headers: { "Cache-Control": "no-store" } }),
);
