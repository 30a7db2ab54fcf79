"use client";

import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useLayoutEffect } from "react";

/** The keys of the rows near the screen. */
export type Range = ReadonlySet<string>;

/**
 * Which of the gallery's rows are near the screen, from TanStack Virtual's window virtualizer;
 * renders nothing itself. Loaded after the first paint (see JustifiedGrid): until then every
 * row is drawn, which for the server's first page is what a screen shows anyway. It answers with
 * keys, not indexes: a row added above (a new video) shifts every index, and an index range from
 * the last commit would drop the rows below for one commit — a remount that restarts their videos.
 */
export default function WindowRange({
  sizes,
  keys,
  scrollMargin,
  onRange,
}: {
  sizes: readonly number[];
  keys: readonly string[];
  scrollMargin: number;
  onRange: (range: Range) => void;
}) {
  const virtualizer = useWindowVirtualizer({
    count: sizes.length,
    estimateSize: (i) => sizes[i]!,
    getItemKey: (i) => keys[i]!,
    overscan: 3,
    scrollMargin,
    // Not re-rendered synchronously inside each scroll event (flushSync, the default): once per
    // frame is enough to say which rows are near. (Mounting those rows as a transition was tried:
    // each new range restarted it, and during a flick rows stayed undrawn until it stopped.)
    useFlushSync: false,
  });
  // Sizes are exact (computed, not measured): recompute offsets whenever the rows change.
  useLayoutEffect(() => virtualizer.measure(), [sizes, virtualizer]);
  const indexes = virtualizer.getVirtualIndexes();
  const near = indexes.map((i) => keys[i]!).join("\n");
  // No indexes: the window is not measured yet (its first render). Saying "none" then would
  // unmount every card for a commit and mount them again (their videos restart): say nothing.
  const measured = indexes.length > 0;
  useLayoutEffect(() => {
    if (measured) onRange(new Set(near.split("\n")));
  }, [measured, near, onRange]);
  return null;
}
