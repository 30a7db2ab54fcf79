"use client";

import { useEffect } from "react";
import { arrivedByHistory, markStudioLeft } from "./history-arrival";

const KEY = "studio-scroll-y";
/** How long to keep trying while the gallery lays out its cards again (a busy phone is slow). */
const RESTORE_FOR_MS = 10_000;
/** Frames the position must hold once reached: a late layout or router scroll may still move it. */
const HOLD_FRAMES = 20;
/** What a person does to scroll: from then on the position is theirs, never put back. */
const USER_INPUT = ["wheel", "touchstart", "keydown", "pointerdown"] as const;
/** Quiet time after the last scroll event before the position is written. */
const SAVE_AFTER_MS = 120;
/** What may start a navigation away (a card, a link, Enter, the browser's own Back). */
const LEAVING = ["pointerdown", "keydown", "pagehide"] as const;

/**
 * Back from a video page to the studio lands where the person was in the gallery. The position is
 * saved as they scroll (only while the studio's URL is the current one: the next page's own
 * scroll-to-top must not overwrite it), and put back when the studio is reached through history,
 * once the page is tall enough to hold it again, until it holds or the person scrolls themselves.
 */
export function StudioScrollMemory() {
  useEffect(() => {
    markStudioLeft(false);
    const saveNow = () => {
      if (window.location.pathname === "/studio") sessionStorage.setItem(KEY, String(window.scrollY));
    };
    // Written once the scrolling pauses, not on every frame of a flick (storage writes are
    // synchronous), and at once when a press may be about to leave the page.
    let pause = 0;
    const save = () => {
      window.clearTimeout(pause);
      pause = window.setTimeout(saveNow, SAVE_AFTER_MS);
    };
    window.addEventListener("scroll", save, { passive: true });
    for (const type of LEAVING) window.addEventListener(type, saveNow, { capture: true, passive: true });

    const saved = Number(sessionStorage.getItem(KEY) ?? "NaN");
    let restoring = 0;
    const stop = () => cancelAnimationFrame(restoring);
    if (arrivedByHistory() && Number.isFinite(saved) && saved > 0) {
      for (const type of USER_INPUT) window.addEventListener(type, stop, { passive: true, once: true });
      const until = performance.now() + RESTORE_FOR_MS;
      let held = 0;
      const attempt = () => {
        const room = document.documentElement.scrollHeight - window.innerHeight;
        const target = Math.min(saved, room);
        if (Math.abs(window.scrollY - target) > 1) window.scrollTo({ top: target, behavior: "instant" });
        held = room >= saved && Math.abs(window.scrollY - saved) <= 1 ? held + 1 : 0;
        if (held < HOLD_FRAMES && performance.now() < until) restoring = requestAnimationFrame(attempt);
      };
      attempt();
    }
    return () => {
      window.removeEventListener("scroll", save);
      for (const type of LEAVING) window.removeEventListener(type, saveNow, { capture: true });
      for (const type of USER_INPUT) window.removeEventListener(type, stop);
      window.clearTimeout(pause);
      stop();
      markStudioLeft(true);
    };
  }, []);
  return null;
}
