"use client";

import { useRef, type PointerEvent } from "react";

/** A horizontal move at least this long (CSS px), and longer than it is tall, is a swipe. */
const MIN_SWIPE_PX = 50;

/**
 * Left/right swipes from pointer events (touch, pen or a dragged mouse), with no gesture library:
 * the element needs `touch-action: pan-y` so the browser leaves horizontal moves to us.
 */
export function useSwipe(onSwipe: (direction: 1 | -1) => void) {
  const start = useRef<{ x: number; y: number; id: number } | null>(null);
  return {
    onPointerDown: (event: PointerEvent) => {
      start.current = { x: event.clientX, y: event.clientY, id: event.pointerId };
    },
    onPointerUp: (event: PointerEvent) => {
      const from = start.current;
      start.current = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < MIN_SWIPE_PX || Math.abs(dx) <= Math.abs(dy)) return;
      // Finger moving left brings in what is on the right: the next video.
      onSwipe(dx < 0 ? 1 : -1);
    },
    onPointerCancel: () => {
      start.current = null;
    },
  };
}
