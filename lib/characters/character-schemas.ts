import { z } from "@/lib/validation/zod";

/**
 * A cast member's fields, and how prompts name them — pure, so the editor's picker (browser) and
 * the submit (server) read `@Name` the same way.
 */
export const CHARACTER_NAME_MAX = 32;
export const CHARACTER_DESCRIPTION_MAX = 300;
/** The upstream's most reference images per request (their web client's cap, GROK_API.md §5). */
export const CHARACTER_IMAGES_MAX = 4;

/** Letters, digits, `_` and `-`: a name ends where a mention's word ends. */
const NAME = /^[\p{L}\p{N}_-]+$/u;
const MENTION = /@([\p{L}\p{N}_-]+)/gu;

export const characterNameSchema = z
  .string({ message: "Give the character a name." })
  .trim()
  .min(1, "Give the character a name.")
  .max(CHARACTER_NAME_MAX, `Keep the name to ${CHARACTER_NAME_MAX} characters or fewer.`)
  .regex(NAME, "A name is one word: letters, digits, - or _ (it is written @Name in prompts).");

const imageId = z.string().trim().min(1).max(64);

export const characterSchema = z.object({
  name: characterNameSchema,
  description: z
    .string()
    .trim()
    .max(
      CHARACTER_DESCRIPTION_MAX,
      `Keep the description to ${CHARACTER_DESCRIPTION_MAX} characters or fewer.`,
    )
    .default(""),
  imageIds: z
    .array(imageId)
    .min(1, "Add at least one picture of the character.")
    .max(CHARACTER_IMAGES_MAX, `A character has at most ${CHARACTER_IMAGES_MAX} pictures.`)
    .refine((ids) => new Set(ids).size === ids.length, "Each picture can be used only once."),
});

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
