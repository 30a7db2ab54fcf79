"use client";

import { useEffect, useState } from "react";

/**
 * The current time, ticking every `intervalMs` while `active` (no timers when idle). `initial`
 * is the time the server rendered with (a query's `dataUpdatedAt`): the first client render then
 * says what the server's HTML says (no hydration mismatch), and the clock takes over at once.
 */
export function useNow(active: boolean, intervalMs = 1_000, initial?: number): number {
  const [now, setNow] = useState(() => initial || Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    // The server's time is already a moment old: catch up right after hydration.
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [active, intervalMs]);
  return now;
}
