"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A `next/link` that prefetches its page once the user shows intent (a pointer over it, a finger
 * on it, keyboard focus), not as soon as it scrolls into view. For links repeated on every card of
 * a gallery: by default each card's links were prefetched as they appeared (measured: 30 page
 * renders on the server when a phone opened the studio, 112 more for a 16,000 px scroll), which
 * costs the phone data and main-thread time and the server a render per card nobody opens.
 * Next's own guide on prefetching gives this pattern (`prefetch={false}` until intent, then the
 * default).
 */
export function IntentLink({
  onPointerEnter,
  onTouchStart,
  onFocus,
  ...props
}: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
    />
  );
}
