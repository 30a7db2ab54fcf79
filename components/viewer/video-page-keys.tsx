"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { cameFromStudio } from "./history-arrival";
import { listNeighbour } from "./list-neighbour";

/** Keys are the page's only while nothing else claims them: a field, a menu, a dialog, a video. */
function claimedElsewhere(event: KeyboardEvent) {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (target?.closest("input, textarea, select, video, [contenteditable='true'], [role='menu']")) return true;
  return Boolean(document.querySelector("[role='dialog'], [role='alertdialog'], [role='menu']"));
}

/**
 * A video page behaves like the viewer: Esc goes back to the studio (to the very place, when the
 * person came from it), ← → open the previous and next video of the gallery they came from; the
 * stepping replaces the page in history, so Esc or Back still returns to the studio at once.
 */
export function VideoPageKeys({ id }: { id: string }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (claimedElsewhere(event)) return;
      if (event.key === "Escape") {
        event.preventDefault();
        if (cameFromStudio()) router.back();
        else router.push("/studio");
      } else if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
        event.preventDefault();
        void listNeighbour(queryClient, id, event.key === "ArrowRight" ? 1 : -1).then(
          (next) => next && router.replace(`/g/${next}`),
        );
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [id, router, queryClient]);
  return null;
}
