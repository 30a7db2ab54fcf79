"use client";

import { useEffect } from "react";
import { arrivedByHistory, markStudioLeft } from "./history-arrival";

const KEY = "studio-scroll-y";
/** How long to keep trying while the gallery lays out its cards again. */
const RESTORE_FOR_MS = 3_000;

/**
 * Back from a video page to the studio lands where the person was in the gallery. The position is
 * saved as they scroll (only while the studio's URL is the current one: the next page's own
 * scroll-to-top must not overwrite it), and put back when the studio is reached through history,
 * once the page is tall enough to hold it again.
 */
export function StudioScrollMemory() {
  useEffect(() => {
    markStudioLeft(false);
    let frame = 0;
    const save = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (window.location.pathname === "/studio") sessionStorage.setItem(KEY, String(window.scrollY));
      });
    };
    window.addEventListener("scroll", save, { passive: true });

    const saved = Number(sessionStorage.getItem(KEY) ?? "NaN");
    let restoring = 0;
    if (arrivedByHistory() && Number.isFinite(saved) && saved > 0) {
      const until = performance.now() + RESTORE_FOR_MS;
      const attempt = () => {
        const room = document.documentElement.scrollHeight - window.innerHeight;
        window.scrollTo({ top: Math.min(saved, room), behavior: "instant" });
        if (room < saved && performance.now() < until) restoring = requestAnimationFrame(attempt);
      };
      attempt();
    }
    return () => {
      window.removeEventListener("scroll", save);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(restoring);
      markStudioLeft(true);
    };
  }, []);
  return null;
}
