"use client";

import { StudioScrollMemory } from "./studio-scroll-memory";
import { ViewerHost } from "./viewer-host";

/** What the studio needs for playback: the full-screen viewer and its scroll memory. */
export function StudioPlayback() {
  return (
    <>
      <ViewerHost />
      <StudioScrollMemory />
    </>
  );
}
