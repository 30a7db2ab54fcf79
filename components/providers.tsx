"use client";

import { ThemeProvider } from "next-themes";
import { PageHydrated } from "@/components/ui/hydrate-when";

/** Every page's providers: only the theme. The signed-in app adds its own (`AppProviders`). */
export function Providers({ children, nonce }: { children: React.ReactNode; nonce?: string }) {
  return (
    <ThemeProvider
      attribute="class"
      defaultTheme="system"
      enableSystem
      disableTransitionOnChange
      nonce={nonce}
    >
      <PageHydrated />
      {children}
    </ThemeProvider>
  );
}
