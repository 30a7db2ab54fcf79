/**
 * How prompts name the cast (`@Mara`) — pure and without zod, so the picker in the browser and the
 * submit on the server read mentions the same way.
 */
const MENTION = /@([\p{L}\p{N}_-]+)/gu;

/** The upstream's most reference images per request (their web client's cap, GROK_API.md §5). */
export const CHARACTER_IMAGES_MAX = 4;

/** The names a prompt mentions (`@Mara`), lower-cased, each once, in order of first mention. */
export function mentionedNames(prompt: string): string[] {
  return [...new Set([...prompt.matchAll(MENTION)].map((m) => m[1]!.toLowerCase()))];
}

/** The word being typed after an `@` right before the caret, for the cast picker (null: none). */
export function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[^\p{L}\p{N}_-])@([\p{L}\p{N}_-]*)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2]!.length - 1, query: match[2]!.toLowerCase() };
}
