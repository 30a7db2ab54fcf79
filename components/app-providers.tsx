"use client";

import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { useEffect, useState } from "react";
import { useMediaQuery } from "@/hooks/use-media-query";
import { LazyToaster } from "@/components/ui/lazy-toaster";

// Toasts never cover the header or the in-progress list: on phones they sit at the bottom, above
// the floating Create button and the video page's action bar (both about 4.5rem tall); on wide
// screens at the bottom right (at the top right they hid the queue's estimates, right below).
const PHONE_OFFSET = { bottom: "calc(5.5rem + env(safe-area-inset-bottom))", left: "1rem", right: "1rem" };
const WIDE_OFFSET = { bottom: "calc(1.5rem + env(safe-area-inset-bottom))", right: "1.5rem" };

/**
 * What the signed-in app needs and the landing and sign-in pages do not (queries, URL state,
 * toasts): kept out of the root layout so those pages load only the framework and their form.
 * It never re-renders after hydration: nuqs' adapter makes a new context value on each render,
 * and a new context value above the studio makes React hydrate every part it had put off (the
 * phone's closed create sheet, the cards) at once, in one long task.
 */
export function AppProviders({ children }: { children: React.ReactNode }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { staleTime: 5_000, refetchOnWindowFocus: true } } }),
  );
  useUndoHotkey();
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
      <PlacedToaster />
    </QueryClientProvider>
  );
}

/** The toasts, placed for the screen: its media query re-renders this alone, not the providers. */
function PlacedToaster() {
  const wide = useMediaQuery("(min-width: 1024px)", true);
  return (
    <LazyToaster
      closeButton
      position={wide ? "bottom-right" : "bottom-center"}
      offset={wide ? WIDE_OFFSET : PHONE_OFFSET}
      mobileOffset={PHONE_OFFSET}
      toastOptions={{ classNames: { actionButton: "h-9! px-3! text-sm!" } }}
    />
  );
}

/**
 * Sonner's Alt+T moves focus into the toasts; here it goes one step further, onto the newest
 * toast's action (Undo), so a keyboard reaches it with Alt+T then Enter. Focus returns to where
 * it was when the toast goes (Sonner remembers it).
 */
function useUndoHotkey() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!event.altKey || event.code !== "KeyT") return;
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-sonner-toast][data-front="true"] [data-action]')?.focus(),
      );
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, []);
}
