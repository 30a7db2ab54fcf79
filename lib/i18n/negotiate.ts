import { match } from "@formatjs/intl-localematcher";
import Negotiator from "negotiator";
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/**
 * The language a page is written in: the account's setting, else the browser's best match among
 * ours (`Accept-Language`, quality order: "ru-RU,ru;q=0.9" → ru, "zh-CN" or "zh-TW" → zh), else
 * English.
 */
export function pickLocale({
  account,
  acceptLanguage,
}: {
  account?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(account)) return account;
  const requested = new Negotiator({ headers: { "accept-language": acceptLanguage ?? "" } })
    .languages()
    .filter((tag) => tag !== "*");
  if (requested.length === 0) return DEFAULT_LOCALE;
  try {
    const found = match(requested, [...LOCALES], DEFAULT_LOCALE);
    return isLocale(found) ? found : DEFAULT_LOCALE;
  } catch {
    // A malformed tag (RangeError from Intl): the header is a hint, never an error for the visitor.
    return DEFAULT_LOCALE;
  }
}
