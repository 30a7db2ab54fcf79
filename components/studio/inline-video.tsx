"use client";

import { useRef } from "react";

/**
 * A muted, inline video that plays while hovered (desktop) or after a tap (phone) — never full
 * screen on iOS thanks to playsInline. Only metadata is fetched until it plays.
 */
export function InlineVideo({
  src,
  label,
  preload = "metadata",
}: {
  src: string;
  label: string;
  preload?: "auto" | "metadata" | "none";
}) {
  const ref = useRef<HTMLVideoElement>(null);
  const play = () => void ref.current?.play().catch(() => undefined);
  const pause = () => ref.current?.pause();
  return (
    <video
      ref={ref}
      src={src}
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
