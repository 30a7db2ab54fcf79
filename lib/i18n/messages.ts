import type en from "./messages/en";
import type { Locale } from "./locales";

export type Messages = typeof en;

/** Each language's catalogue, loaded on the server only when a request is written in it. */
const catalogues: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("./messages/en"),
  ru: () => import("./messages/ru"),
  zh: () => import("./messages/zh"),
};

export async function loadMessages(locale: Locale): Promise<Messages> {
  return (await catalogues[locale]()).default;
}
