"use client";

import { useRef } from "react";

/**
 * A muted, inline video that plays while hovered (desktop) or after a tap (phone) — never full
 * screen on iOS thanks to playsInline. With a poster, no video byte is fetched until it plays;
 * without one, only the metadata and first frame are.
 */
export function InlineVideo({
  src,
  poster,
  label,
  priority = false,
}: {
  src: string;
  poster?: string | null;
  label: string;
  /** Above the fold and without a poster: start buffering right away. */
  priority?: boolean;
}) {
  // A poster is the still to show; without one the first frame is it, so fetch that much.
  const preload = poster ? "none" : priority ? "auto" : "metadata";
  const ref = useRef<HTMLVideoElement>(null);
  const play = () => void ref.current?.play().catch(() => undefined);
  const pause = () => ref.current?.pause();
  return (
    <video
      ref={ref}
      src={src}
      poster={poster ?? undefined}
      aria-label={label}
      data-testid="generation-video"
      className="absolute inset-0 size-full object-cover"
      muted
      loop
      playsInline
      preload={preload}
      onMouseEnter={play}
      onMouseLeave={pause}
      onFocus={play}
      onBlur={pause}
      onClick={() => (ref.current?.paused ? play() : pause())}
      tabIndex={0}
    />
  );
}
