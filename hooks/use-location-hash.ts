"use client";

import { useSyncExternalStore } from "react";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/**
 * The page's `#fragment` (without "#"), "" on the server. CSS `:target` is not enough: the App
 * Router's client navigation (pushState) never sets it, so a link from the inbox would land
 * unhighlighted. React reads the snapshot again once subscribed, after the router wrote the URL.
 */
export function useLocationHash(): string {
  return useSyncExternalStore(
    subscribe,
    () => decodeURIComponent(window.location.hash.slice(1)),
    () => "",
  );
}
