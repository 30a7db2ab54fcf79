"use client";

const OPEN_VIEWER = "studio:open-viewer";

/**
 * Asks the studio's viewer to open a video. An event rather than a hook, so the hundreds of
 * cards that can open it do not each re-render whenever the open video changes.
 */
export function openViewer(id: string) {
  window.dispatchEvent(new CustomEvent<string>(OPEN_VIEWER, { detail: id }));
}

export function onOpenViewer(listener: (id: string) => void): () => void {
  const handle = (event: Event) => listener((event as CustomEvent<string>).detail);
  window.addEventListener(OPEN_VIEWER, handle);
  return () => window.removeEventListener(OPEN_VIEWER, handle);
}
