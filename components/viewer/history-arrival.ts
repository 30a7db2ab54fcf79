"use client";

/**
 * Whether the page now showing was reached through the browser's history (Back/Forward) rather
 * than a link: only then does the studio put the scroll back where it was. A popstate marks it;
 * the next pointer or key press unmarks it, since any link or button that navigates needs one
 * (a key that itself goes Back, like Esc on a video page, fires its popstate after the press).
 */
let byHistory = false;
/** Set when the studio is left for another page of the app, so that page can go Back to it. */
let leftStudio = false;

if (typeof window !== "undefined") {
  window.addEventListener("popstate", () => (byHistory = true));
  for (const type of ["pointerdown", "keydown"] as const)
    window.addEventListener(type, () => (byHistory = false), { capture: true });
}

export const arrivedByHistory = () => byHistory;
export const cameFromStudio = () => leftStudio;
export const markStudioLeft = (left: boolean) => {
  leftStudio = left;
};
