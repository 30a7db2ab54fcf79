import type { NextRequest } from "next/server";
import { htmlHeaders } from "@/lib/shares/html/document";
import { EMBED_CSP, embedPage } from "@/lib/shares/html/embed-page";
import { failureResponse, requestShareWords } from "@/lib/shares/http/request-share-words";
import { openFromRequest, shareHandler } from "@/lib/shares/http/share-request";
import { pageRefusal } from "@/lib/shares/http/share-responses";

/** The player Twitter and chat apps frame (`twitter:player`): the link is checked like the page's. */
export const GET = shareHandler(
  async (request: NextRequest, { params }: RouteContext<"/s/[token]/embed">) => {
    const { token } = await params;
    const opened = await openFromRequest(request, token);
    if (!opened.ok) return pageRefusal(opened, token, await requestShareWords());
    return new Response(embedPage(opened.share, token), {
      headers: htmlHeaders({ "Content-Security-Policy": EMBED_CSP }),
    });
  },
  failureResponse,
);
