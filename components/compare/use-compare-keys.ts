"use client";

import { useEffect, useRef } from "react";
import { keyStep } from "./sync-plan";

/** A key is someone else's in a text field, a select, a menu or a dialog. */
function claimedElsewhere(event: KeyboardEvent) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.closest("textarea, select, [contenteditable='true'], [role='menu']")) return true;
  const field = target?.closest("input");
  if (field && field.type !== "range") return true;
  return Boolean(document.querySelector("[role='dialog'], [role='alertdialog'], [role='menu']"));
}

/**
 * The compare page's keys: Space plays or pauses all (a focused button keeps Space for itself),
 * ← → seek all by a second, with Shift by a frame (the position slider included), M toggles sound.
 */
export function useCompareKeys(handlers: {
  toggle: () => void;
  step: (delta: number) => void;
  sound: () => void;
}) {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (claimedElsewhere(event)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const delta = keyStep(event.key, event.shiftKey);
      if (delta !== null) {
        event.preventDefault();
        latest.current.step(delta);
      } else if (event.key === " " && !target?.closest("button, a, summary, [role='button']")) {
        event.preventDefault();
        latest.current.toggle();
      } else if ((event.key === "m" || event.key === "M") && !event.shiftKey) {
        latest.current.sound();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);
}
