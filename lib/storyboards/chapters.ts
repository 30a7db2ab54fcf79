/** Where a shot starts in a film: the film player's chapters, and what a moment of the film names. */
export interface Chapter {
  title: string;
  startSec: number;
}

/** The chapter playing at `seconds` (a hair early counts: a seek lands just before its frame). */
export function chapterIndexAt(chapters: readonly Chapter[], seconds: number): number {
  return chapters.findLastIndex((c) => c.startSec <= seconds + 0.05);
}

/** "Shot 2" of "Shot 2: the keeper climbs…": how a comment's moment names its shot. */
export function shotNameAt(
  chapters: readonly Chapter[] | null | undefined,
  seconds: number | null,
): string | null {
  // A comment about the whole video (no moment) names no shot.
  const chapter = seconds === null ? undefined : chapters?.[chapterIndexAt(chapters, seconds)];
  return chapter ? chapter.title.split(":")[0]! : null;
}

/**
 * A comment's moment as a notification keeps it: the time and, in a film, the shot it falls in
 * (from the chapters as stored), so the inbox and mail can say "at 0:07 (Shot 2)".
 */
export function momentDetail(
  atSeconds: number | null,
  storedChapters: unknown,
): { atSeconds: number | null; shot?: string } {
  const shot = shotNameAt(readChapters(storedChapters), atSeconds);
  return shot ? { atSeconds, shot } : { atSeconds };
}

/** Chapters as stored (JSON), or null when there are none or they are not chapters. */
export function readChapters(value: unknown): Chapter[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const chapters = value.filter(
    (c): c is Chapter =>
      typeof c === "object" &&
      c !== null &&
      typeof (c as Chapter).title === "string" &&
      typeof (c as Chapter).startSec === "number",
  );
  return chapters.length === value.length
    ? chapters.map(({ title, startSec }) => ({ title, startSec }))
    : null;
}
