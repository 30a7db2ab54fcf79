import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { pickLocale } from "./negotiate";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { isTranslatedPath } from "./translated-routes";

/**
 * This request's language: the account's setting when signed in, else the browser's best match,
 * else English — on the pages translated so far; the others are English (translated-routes.ts).
 * Once per request (React's cache), for every component and message that asks.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const h = await headers();
  // No path: a router prefetch, which skips the proxy. It may be a translated page (the landing
  // page prefetches sign-in), so it is written in the reader's language like one.
  const path = h.get("x-studio-path");
  if (path !== null && !isTranslatedPath(path)) return DEFAULT_LOCALE;
  const session = await currentSession();
  const account = session
    ? (await db.user.findUnique({ where: { id: session.userId }, select: { locale: true } }))?.locale
    : null;
  return pickLocale({ account, acceptLanguage: h.get("accept-language") });
});
