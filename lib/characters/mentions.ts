/**
 * How prompts name the cast (`@Mara`) — pure and without zod, so the cast panel in the browser and
 * the submit on the server share it.
 */
const MENTION = /@([\p{L}\p{N}_-]+)/gu;

/** The upstream's most reference images per request (their web client's cap, GROK_API.md §5). */
export const CHARACTER_IMAGES_MAX = 4;

/** The names a prompt mentions (`@Mara`), lower-cased, each once, in order of first mention. */
export function mentionedNames(prompt: string): string[] {
  return [...new Set([...prompt.matchAll(MENTION)].map((m) => m[1]!.toLowerCase()))];
}
