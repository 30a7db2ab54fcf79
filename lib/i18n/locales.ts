/** The interface's languages: English (the source), Russian and Simplified Chinese. */
export const LOCALES = ["en", "ru", "zh"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** `<html lang>` for a locale: our Chinese is written in Simplified characters. */
export const htmlLang = (locale: Locale) => (locale === "zh" ? "zh-Hans" : locale);

/** Each language named in itself, as a language picker lists it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ru: "Русский",
  zh: "简体中文",
};
