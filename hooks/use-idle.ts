"use client";

import { useEffect, useState } from "react";

/** At most this long after load before it counts as idle, on a page that never is. */
const IDLE_TIMEOUT_MS = 3_000;

/**
 * A promise that settles once the page is first idle after loading (or after a few seconds at
 * most): what parts put off at hydration wait on (HydrateWhen's `until`). Stable for the page.
 */
export function useIdle(): Promise<void> {
  const [idle] = useState(() => {
    let settle = () => {};
    const promise = new Promise<void>((resolve) => (settle = resolve));
    return { promise, settle };
  });
  useEffect(() => {
    // Safari has no requestIdleCallback: a timer stands in for it there.
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(idle.settle, IDLE_TIMEOUT_MS / 2);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(idle.settle, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(handle);
  }, [idle]);
  return idle.promise;
}
