"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

export interface Player {
  /** The page's video element, once it is in the document. */
  video: HTMLVideoElement | null;
  /** The video's length in seconds, once its metadata arrived. */
  duration: number | null;
  attach: (video: HTMLVideoElement | null) => void;
  /** Moves the playhead to `seconds` and brings the video into view (on a phone it may be above). */
  seek: (seconds: number) => void;
}

const PlayerContext = createContext<Player | null>(null);

/** Moves a video's playhead; before its metadata a video ignores that, so it waits for it then. */
function moveTo(video: HTMLVideoElement, seconds: number): () => void {
  const go = () => {
    video.currentTime = Number.isFinite(video.duration) ? Math.min(seconds, video.duration) : seconds;
  };
  if (video.readyState >= HTMLMediaElement.HAVE_METADATA) {
    go();
    return () => {};
  }
  video.addEventListener("loadedmetadata", go, { once: true });
  // preload="metadata" may not have asked yet (a phone saving data): ask now.
  if (video.networkState === HTMLMediaElement.NETWORK_EMPTY) video.load();
  return () => video.removeEventListener("loadedmetadata", go);
}

/**
 * Lets the parts of a video page reach its one player: the comments seek it, the composer reads
 * its time, the timeline needs its length. `startAt` (the page's `?t=`) is where it opens.
 */
export function PlayerProvider({ startAt, children }: { startAt: number | null; children: ReactNode }) {
  const [video, setVideo] = useState<HTMLVideoElement | null>(null);
  const [duration, setDuration] = useState<number | null>(null);

  useEffect(() => {
    if (!video) return;
    const read = () =>
      setDuration(Number.isFinite(video.duration) && video.duration > 0 ? video.duration : null);
    read();
    video.addEventListener("durationchange", read);
    video.addEventListener("loadedmetadata", read);
    return () => {
      video.removeEventListener("durationchange", read);
      video.removeEventListener("loadedmetadata", read);
    };
  }, [video]);

  useEffect(() => {
    if (video && startAt !== null) return moveTo(video, startAt);
  }, [video, startAt]);

  const seek = useCallback(
    (seconds: number) => {
      if (!video) return;
      moveTo(video, seconds);
      const box = video.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) video.scrollIntoView({ block: "center" });
    },
    [video],
  );

  const value = useMemo(() => ({ video, duration, attach: setVideo, seek }), [video, duration, seek]);
  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>;
}

/** The page's player, or null on a page without one (a card, the viewer). */
export const usePlayer = () => useContext(PlayerContext);

/** The player's current time, updated as it plays or is moved. */
export function usePlayerTime(player: Player | null): number {
  const [time, setTime] = useState(0);
  useEffect(() => {
    const video = player?.video;
    if (!video) return;
    const read = () => setTime(video.currentTime);
    read();
    video.addEventListener("timeupdate", read);
    video.addEventListener("seeked", read);
    return () => {
      video.removeEventListener("timeupdate", read);
      video.removeEventListener("seeked", read);
    };
  }, [player?.video]);
  return time;
}
