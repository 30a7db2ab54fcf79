"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useCallback } from "react";

/**
 * The open video lives in the URL (`?v=<id>`): a link opens it, and Back closes it. Opening pushes
 * a history entry; stepping to the next video replaces it, so one Back always leaves the viewer.
 */
export function useViewerParam() {
  return useQueryState("v", parseAsString.withOptions({ history: "push", scroll: false }));
}

/** Whether the viewer's history entry was pushed by this tab (then closing goes Back to drop it). */
let pushedHere = false;

export function useViewer() {
  const [id, setId] = useViewerParam();
  const open = useCallback(
    (next: string) => {
      pushedHere = true;
      void setId(next);
    },
    [setId],
  );
  const show = useCallback((next: string) => void setId(next, { history: "replace" }), [setId]);
  const close = useCallback(() => {
    if (pushedHere) {
      pushedHere = false;
      window.history.back();
    } else void setId(null, { history: "replace" });
  }, [setId]);
  return { id, open, show, close };
}
