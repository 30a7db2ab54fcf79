import "server-only";
import type { NextRequest } from "next/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { pickLocale } from "@/lib/i18n/negotiate";
import { htmlHeaders } from "../html/document";
import { failurePage } from "../html/notice-pages";
import { shareWords, type ShareWords } from "../html/share-words";

/** This request's share-page words: the viewer's account setting, else their browser's language. */
export async function requestShareWords(): Promise<ShareWords> {
  return shareWords(await requestLocale().catch(() => undefined));
}

/**
 * Something failed on our side: said in the browser's language (read from the request alone, as
 * the database may be what failed), with no detail of the request.
 */
export function failureResponse(request: NextRequest): Response {
  const words = shareWords(pickLocale({ acceptLanguage: request.headers.get("accept-language") }));
  return new Response(failurePage(words), { status: 500, headers: htmlHeaders() });
}
