/**
 * Where the interface is translated so far: the landing page, sign-in and sign-up, and share
 * links. Everywhere else the page is written in English, so it is served as English (its
 * `<html lang>`, its validation messages) whatever the reader's setting or browser asks: a
 * Russian `lang` on English text makes a screen reader read it with Russian sounds.
 */
const TRANSLATED: RegExp[] = [/^\/$/, /^\/sign-in$/, /^\/sign-up$/, /^\/s\/[^/]+(?:\/|$)/];

/** `path`: the request's pathname (the proxy's `x-studio-path`); unknown is not translated. */
export const isTranslatedPath = (path: string | null | undefined): boolean =>
  typeof path === "string" && TRANSLATED.some((route) => route.test(path));
