import "server-only";
import { createTranslator } from "next-intl";
import { DEFAULT_LOCALE, type Locale } from "./locales";
import { loadMessages } from "./messages";
import { requestLocale } from "./request-locale";

/**
 * A translator in this request's language for code outside React's render (actions, their
 * validation messages): the same catalogue as the pages. Outside a request (a job, a test calling
 * the domain directly) it writes English.
 */
export async function serverTranslator(locale?: Locale) {
  const chosen = locale ?? (await requestLocale().catch(() => DEFAULT_LOCALE));
  return createTranslator({ locale: chosen, messages: await loadMessages(chosen) });
}

type Translator = Awaited<ReturnType<typeof serverTranslator>>;

/**
 * A schema's message, in the reader's language: a catalogue key ("validation.passwordMin") is
 * translated with the issue's limits ({min}, {max}); text that is not a key yet is English and
 * stays as written.
 */
export function issueMessage(
  t: Translator,
  issue: { message: string; minimum?: unknown; maximum?: unknown },
): string {
  const key = issue.message as Parameters<Translator["has"]>[0];
  if (!/^[a-z]\w*\.\w+$/i.test(issue.message) || !t.has(key)) return issue.message;
  return t(key as never, { min: Number(issue.minimum), max: Number(issue.maximum) } as never);
}
