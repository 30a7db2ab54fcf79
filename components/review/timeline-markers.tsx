"use client";

import { usePlayer, usePlayerTime } from "@/components/generation/player-context";
import { Avatar } from "@/components/ui/avatar";
import { toThreads } from "@/lib/reviews/comment-threads";
import { formatMarker } from "@/lib/reviews/time-marker";
import { cn } from "@/lib/utils";
import { useReview } from "./review-provider";

/**
 * The comments' lane under the video: each thread at its moment as its author's avatar, placed by
 * the video's length; an avatar seeks the video there. A lane of faces on a dashed rule, with the
 * playhead as a hairline — nothing in it looks like the player's own scrubber. Resolved threads fade.
 */
export function TimelineMarkers({ fallbackDuration }: { fallbackDuration: number }) {
  const player = usePlayer();
  const time = usePlayerTime(player);
  const { comments } = useReview();
  const duration = player?.duration ?? fallbackDuration;
  const marked = toThreads(comments)
    .map((t) => t.root)
    .filter((c) => c.atSeconds !== null);
  const at = (seconds: number) => `${Math.min(100, Math.max(0, (seconds / duration) * 100))}%`;
  return (
    <div data-testid="timeline-markers" className="flex items-center gap-2">
      <span className="shrink-0 text-xs text-muted-foreground">Comments</span>
      {/* Padded so an avatar at 0:00 or at the end stays clear of the label and the edge. */}
      <div className="flex-1 px-4">
        <div
          className="relative h-8"
          role="group"
          data-testid="timeline-lane"
          aria-label={`Comments on the timeline (${marked.length})`}
        >
          <div aria-hidden className="absolute inset-x-0 top-1/2 border-t border-dashed border-border" />
          <div
            aria-hidden
            className="absolute inset-y-1 w-px bg-foreground/40"
            style={{ left: at(time) }}
            data-testid="timeline-playhead"
          />
          {marked.map((c) => (
            <button
              key={c.id}
              type="button"
              onClick={() => player?.seek(c.atSeconds!)}
              title={`${c.author.name} at ${formatMarker(c.atSeconds!)}: ${c.body}`}
              aria-label={`Go to ${formatMarker(c.atSeconds!)}: comment by ${c.author.name}${c.resolved ? " (resolved)" : ""}`}
              data-testid="timeline-marker"
              data-seconds={c.atSeconds}
              className={cn(
                "group absolute top-0 grid size-8 -translate-x-1/2 place-items-center rounded-full",
                c.resolved && "opacity-50",
              )}
              style={{ left: at(c.atSeconds!) }}
            >
              <Avatar
                name={c.author.name}
                seed={c.author.id}
                className="size-6 ring-2 ring-background transition-transform group-hover:scale-110"
              />
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}
