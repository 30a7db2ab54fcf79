/** The longest video time a comment may point at (a day: far past any video this app makes). */
export const MAX_MARKER_SECONDS = 86_399;

/** "0:07", "1:05", "1:02:03": a moment of a video as a player shows it (whole seconds, rounded down). */
export function formatMarker(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/** Seconds kept to the hundredth: what a player can seek to, without float noise in links. */
export const roundMarker = (seconds: number) => Math.round(seconds * 100) / 100;

/** The video page at a moment of it: `/g/<id>?t=12.5` (what the mentions mail links to). */
export const videoPageAt = (generationId: string, seconds: number | null) =>
  `/g/${encodeURIComponent(generationId)}${seconds === null ? "" : `?t=${roundMarker(seconds)}`}`;

/** The `?t=` of a video page, when it is a moment a video could have; else null. */
export function parseMarker(value: string | string[] | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,5}(\.\d{1,3})?$/.test(raw)) return null;
  const seconds = Number(raw);
  return seconds <= MAX_MARKER_SECONDS ? roundMarker(seconds) : null;
}
