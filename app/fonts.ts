import localFont from "next/font/local";

/**
 * Geist, from the `geist` package's files (nothing fetched at build time). "swap", not "optional":
 * with "optional" a busy phone kept the fallback for the page's life, and in it the create sheet
 * grew wider than the screen (Generate 8 % off it). A late font can still re-wrap the landing
 * heading (CLS 0.054 once under load); the sheet's overflow in the fallback font is not found yet.
 */
export const sans = localFont({
  src: "../node_modules/geist/dist/fonts/geist-sans/Geist-Variable.woff2",
  variable: "--font-geist-sans",
  weight: "100 900",
  display: "swap",
});

/** Four places use it (a trace id, a share link): not preloaded, so it never competes with the first screen. */
export const mono = localFont({
  src: "../node_modules/geist/dist/fonts/geist-mono/GeistMono-Variable.woff2",
  variable: "--font-geist-mono",
  weight: "100 900",
  display: "swap",
  preload: false,
  adjustFontFallback: false,
  fallback: ["ui-monospace", "SFMono-Regular", "Menlo", "Liberation Mono", "DejaVu Sans Mono", "monospace"],
});
