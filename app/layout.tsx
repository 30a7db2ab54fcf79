import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { htmlLang } from "@/lib/i18n/locales";
import { Providers } from "@/components/providers";
import { mono, sans } from "./fonts";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Grok Video Studio", template: "%s · Grok Video Studio" },
  description:
    "Turn a prompt into a video with Grok Imagine — one shared, phone-friendly studio for your team.",
  applicationName: "Grok Video Studio",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  viewportFit: "cover",
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#09090b" },
  ],
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [nonce, locale] = await Promise.all([
    headers().then((h) => h.get("x-nonce") ?? undefined),
    getLocale(),
  ]);
  return (
    // The language each page is written in (lib/i18n): screen readers and hyphenation follow it.
    <html lang={htmlLang(locale)} suppressHydrationWarning className={`${sans.variable} ${mono.variable}`}>
      <body className="min-h-dvh font-sans">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
