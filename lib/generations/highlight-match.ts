import { editDistance } from "./typo-distance";

/** A run of a prompt, and whether the search matched it. */
export interface MatchPart {
  text: string;
  hit: boolean;
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * A prompt cut into runs for highlighting what a gallery search matched: every word that contains a
 * searched word, or is a typo of one (the same allowance as typoDistance: 1 edit up to 4 letters,
 * 2 up to 8, 3 beyond, counting a word still being typed), is a hit. Pure, for the cards.
 */
export function matchParts(prompt: string, search: string): MatchPart[] {
  const wanted = words(search);
  if (!wanted.length) return [{ text: prompt, hit: false }];
  const hits = (word: string) => {
    const lower = word.toLowerCase();
    return wanted.some((w) => {
      if (lower.includes(w)) return true;
      const allowed = w.length <= 4 ? 1 : w.length <= 8 ? 2 : 3;
      const start = lower.length > w.length ? lower.slice(0, w.length) : lower;
      return Math.min(editDistance(w, lower), editDistance(w, start)) <= allowed;
    });
  };
  const pieces = prompt.split(/([\p{L}\p{N}]+)/u).filter(Boolean);
  const isHit = pieces.map((piece) => /[\p{L}\p{N}]/u.test(piece) && hits(piece));
  const parts: MatchPart[] = [];
  for (const [i, piece] of pieces.entries()) {
    // Spaces between two matched words belong to the match: "lanterns rising" is one mark.
    const hit = isHit[i]! || (/^\s+$/.test(piece) && Boolean(isHit[i - 1]) && Boolean(isHit[i + 1]));
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += piece;
    else parts.push({ text: piece, hit });
  }
  return parts;
}
