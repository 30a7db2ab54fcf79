"use client";

import { usePlayer, usePlayerTime } from "@/components/generation/player-context";
import { formatMarker } from "@/lib/reviews/time-marker";
import { useReview } from "./review-provider";

/**
 * A thin track under the video with a dot at each comment's moment, placed by the video's length;
 * a dot seeks the video there. The playhead is drawn on it too, so a dot reads as "before" or "after".
 */
export function TimelineMarkers({ fallbackDuration }: { fallbackDuration: number }) {
  const player = usePlayer();
  const time = usePlayerTime(player);
  const { comments } = useReview();
  const duration = player?.duration ?? fallbackDuration;
  const marked = comments.filter((c) => c.atSeconds !== null);
  const at = (seconds: number) => `${Math.min(100, Math.max(0, (seconds / duration) * 100))}%`;
  return (
    <div data-testid="timeline-markers">
      <div className="relative h-6" role="group" aria-label={`Comments on the timeline (${marked.length})`}>
        <div aria-hidden className="absolute inset-x-0 top-1/2 h-1 -translate-y-1/2 rounded-full bg-muted" />
        <div
          aria-hidden
          className="absolute top-1/2 left-0 h-1 -translate-y-1/2 rounded-full bg-primary/40"
          style={{ width: at(time) }}
        />
        {marked.map((c) => (
          <button
            key={c.id}
            type="button"
            onClick={() => player?.seek(c.atSeconds!)}
            title={`${c.author.name} at ${formatMarker(c.atSeconds!)}: ${c.body}`}
            aria-label={`Go to ${formatMarker(c.atSeconds!)}: comment by ${c.author.name}`}
            data-testid="timeline-marker"
            data-seconds={c.atSeconds}
            className="group absolute top-0 grid size-6 -translate-x-1/2 place-items-center rounded-full"
            style={{ left: at(c.atSeconds!) }}
          >
            <span
              aria-hidden
              className="size-3 rounded-full border-2 border-background bg-primary shadow transition-transform group-hover:scale-125"
            />
          </button>
        ))}
      </div>
    </div>
  );
}
