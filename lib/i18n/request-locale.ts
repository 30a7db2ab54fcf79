import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { currentSession } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { pickLocale } from "./negotiate";
import type { Locale } from "./locales";

/**
 * This request's language: the account's setting when signed in, else the browser's best match,
 * else English. Once per request (React's cache), for every component and message that asks.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [session, h] = await Promise.all([currentSession(), headers()]);
  const account = session
    ? (await db.user.findUnique({ where: { id: session.userId }, select: { locale: true } }))?.locale
    : null;
  return pickLocale({ account, acceptLanguage: h.get("accept-language") });
});
