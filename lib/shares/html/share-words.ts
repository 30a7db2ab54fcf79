import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en";
import ru from "@/lib/i18n/messages/ru";
import zh from "@/lib/i18n/messages/zh";
import { waitWords } from "@/lib/i18n/wait-words";

const CATALOGUES = { en, ru, zh } as const;

/**
 * The share pages' words in one language: these pages are plain HTML written here (no React, no
 * script), so they take a translator rather than a provider. A guest reads them in their
 * browser's language (a team member signed in, in their setting's).
 */
export function shareWords(locale: Locale = DEFAULT_LOCALE) {
  const messages = CATALOGUES[locale];
  const all = createTranslator({ locale, messages });
  return {
    locale,
    t: createTranslator({ locale, messages, namespace: "share" }),
    /** "30 seconds", "2 минуты": how long to wait, in this language's grammar. */
    wait: (seconds: number) => waitWords(all, seconds),
  };
}

export type ShareWords = ReturnType<typeof shareWords>;
