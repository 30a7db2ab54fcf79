/**
 * How far a search is from a prompt, in typos: for each word of the search, the fewest single-
 * letter edits (insert, delete, change, swap two neighbours) that turn it into some word of the
 * prompt, or into the start of one ("lightho" is on its way to "lighthouse"). Null when a word
 * is further than a person's slip: 1 edit in words of up to 4 letters, 2 up to 8, 3 beyond.
 * Trigrams find the candidates (similar-prompts.ts); this decides which are typos and ranks them.
 */
export function typoDistance(search: string, prompt: string): number | null {
  const promptWords = wordsOf(prompt);
  let total = 0;
  for (const word of wordsOf(search)) {
    const allowed = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
    let best = Infinity;
    for (const candidate of promptWords) {
      best = Math.min(best, editDistance(word, candidate), prefixDistance(word, candidate));
      if (best === 0) break;
    }
    if (best > allowed) return null;
    total += best;
  }
  return total;
}

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** The edits to `word` from the start of `candidate` of about its length (a word still being typed). */
function prefixDistance(word: string, candidate: string): number {
  if (candidate.length <= word.length) return Infinity;
  return editDistance(word, candidate.slice(0, word.length));
}

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of one span). */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const change = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + change);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  return rows[a.length]![b.length]!;
}
