"use client";

import { useEffect, useState } from "react";

/** Milliseconds since `sinceIso`, ticking every second while `running`; null until mounted. */
export function useElapsed(sinceIso: string, running: boolean): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!running) return;
    const tick = () => setNow(Date.now());
    const timer = window.setInterval(tick, 1_000);
    return () => window.clearInterval(timer);
  }, [running]);
  return running && now !== null ? Math.max(0, now - Date.parse(sinceIso)) : null;
}
