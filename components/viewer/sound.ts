"use client";

/**
 * What the person chose for sound in this tab: once they unmute one card, the next one they play
 * starts with sound too. Hover previews stay silent whatever was chosen.
 */
let soundOn = false;

export const wantsSound = () => soundOn;
export const setWantsSound = (on: boolean) => {
  soundOn = on;
};

/** One card plays at a time: starting another pauses the one before. */
let current: HTMLVideoElement | null = null;

export function claimPlayback(video: HTMLVideoElement) {
  if (current && current !== video && !current.paused) current.pause();
  current = video;
}

/** Plays with sound when asked; a browser that refuses sound without a gesture gets it muted. */
export async function playVideo(video: HTMLVideoElement, withSound: boolean) {
  claimPlayback(video);
  video.muted = !withSound;
  try {
    await video.play();
  } catch {
    if (video.muted) return;
    video.muted = true;
    await video.play().catch(() => undefined);
  }
}
