"use client";

import { useQueryClient } from "@tanstack/react-query";
import { ArrowLeft, ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { cameFromStudio } from "./history-arrival";
import { listNeighbour } from "./list-neighbour";

/** Keys are the page's only while nothing else claims them: a field, a menu, a dialog, a video. */
function claimedElsewhere(event: KeyboardEvent) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.closest("input, textarea, select, video, [contenteditable='true'], [role='menu']")) return true;
  return Boolean(document.querySelector("[role='dialog'], [role='alertdialog'], [role='menu']"));
}

/** A swipe starts anywhere but on what a finger drags itself: the video, a scrubber, a field. */
const SWIPE_IGNORES = "video, input, textarea, select, [role='slider'], [data-no-swipe]";
/** A horizontal move at least this long (CSS px), and longer than it is tall, is a swipe. */
const MIN_SWIPE_PX = 60;

type Neighbours = { previous: string | null; next: string | null };

/**
 * The video page belongs to the gallery: "Gallery" goes back to it (to the very place and
 * filters, when the person came from it), Previous and Next follow the gallery's order and
 * filters — buttons, ← → keys, or a swipe on a phone — and Esc goes back too. Stepping replaces
 * the page in history, so Back still returns to the studio at once, and each URL stays shareable.
 */
export function VideoPageNav({ id }: { id: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [neighbours, setNeighbours] = useState<{ of: string; is: Neighbours } | null>(null);
  const known = neighbours?.of === id ? neighbours.is : null;

  useEffect(() => {
    let live = true;
    void Promise.all([listNeighbour(queryClient, id, -1), listNeighbour(queryClient, id, 1)])
      .catch(() => [null, null] as const)
      .then(([previous, next]) => live && setNeighbours({ of: id, is: { previous, next } }));
    return () => {
      live = false;
    };
  }, [id, queryClient]);

  const back = () => {
    if (cameFromStudio()) router.back();
    else router.push("/studio");
  };
  const go = (direction: 1 | -1) => {
    const target = direction === 1 ? known?.next : known?.previous;
    if (target) router.replace(`/g/${target}`);
  };
  const step = useEffectEvent(go);
  const goBack = useEffectEvent(back);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (claimedElsewhere(event)) return;
      if (event.key === "Escape") {
        event.preventDefault();
        goBack();
      } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        event.preventDefault();
        step(event.key === "ArrowRight" ? 1 : -1);
      }
    };
    let start: { x: number; y: number; id: number } | null = null;
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      start =
        event.pointerType !== "mouse" && !target?.closest(SWIPE_IGNORES)
          ? { x: event.clientX, y: event.clientY, id: event.pointerId }
          : null;
    };
    const onPointerUp = (event: PointerEvent) => {
      const from = start;
      start = null;
      if (!from || from.id !== event.pointerId) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      // Finger moving left brings in what is on the right: the next video.
      if (Math.abs(dx) >= MIN_SWIPE_PX && Math.abs(dx) > Math.abs(dy)) step(dx < 0 ? 1 : -1);
    };
    const onPointerCancel = () => (start = null);
    window.addEventListener("keydown", onKeyDown);
    window.addEventListener("pointerdown", onPointerDown, { passive: true });
    window.addEventListener("pointerup", onPointerUp, { passive: true });
    window.addEventListener("pointercancel", onPointerCancel, { passive: true });
    return () => {
      window.removeEventListener("keydown", onKeyDown);
      window.removeEventListener("pointerdown", onPointerDown);
      window.removeEventListener("pointerup", onPointerUp);
      window.removeEventListener("pointercancel", onPointerCancel);
    };
  }, []);

  const stepButton = (direction: 1 | -1) => {
    const target = direction === 1 ? known?.next : known?.previous;
    const label = direction === 1 ? "Next video" : "Previous video";
    return (
      <button
        type="button"
        aria-label={label}
        title={`${label} (${direction === 1 ? "→" : "←"})`}
        disabled={!target}
        onClick={() => go(direction)}
        data-testid={direction === 1 ? "next-video" : "previous-video"}
        className="grid size-11 place-items-center rounded-full border border-border bg-card hover:bg-muted disabled:opacity-40"
      >
        {direction === 1 ? (
          <ChevronRight aria-hidden className="size-5" />
        ) : (
          <ChevronLeft aria-hidden className="size-5" />
        )}
      </button>
    );
  };

  // One height from the server's HTML on: nothing moves when the neighbours are known.
  return (
    <nav aria-label="Gallery" className="flex h-11 items-center justify-between gap-2 lg:col-span-2">
      <Link
        href="/studio"
        onClick={(event) => {
          // Back to the very place and filters when the person came from the gallery.
          if (!cameFromStudio()) return;
          event.preventDefault();
          back();
        }}
        data-testid="back-to-gallery"
        className="-ml-3 inline-flex h-11 items-center gap-2 rounded-full px-3 text-sm font-medium hover:bg-muted"
      >
        <ArrowLeft aria-hidden className="size-4" /> Gallery
      </Link>
      <div className="flex items-center gap-2">
        {stepButton(-1)}
        {stepButton(1)}
      </div>
    </nav>
  );
}
