import localFont from "next/font/local";

/**
 * Geist, from the `geist` package's files, but shown only if it is there by the first paint
 * (`display: "optional"`): with the package's own "swap", a phone on a busy CPU painted the
 * landing page in the fallback and re-wrapped its heading when the font arrived (CLS 0.054).
 * The sans face is preloaded, so it is there in practice; text never waits for it.
 */
export const sans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "optional",
});

/** Four places use it (a trace id, a share link): not preloaded, so it never competes with the first screen. */
export const mono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  display: "optional",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Menlo", "Liberation Mono", "DejaVu Sans Mono", "monospace"],
});
