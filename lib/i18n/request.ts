import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./messages";
import { requestLocale } from "./request-locale";

/** next-intl's per-request configuration (next.config.ts points its plugin here). */
export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return { locale, messages: await loadMessages(locale) };
});
