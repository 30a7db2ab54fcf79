import { z } from "@/lib/validation/zod";
import { CHARACTER_IMAGES_MAX } from "./mentions";

export { CHARACTER_IMAGES_MAX, mentionedNames } from "./mentions";

/**
 * A cast member's fields, and how prompts name them — pure, so the editor's picker (browser) and
 * the submit (server) read `@Name` the same way.
 */
export const CHARACTER_NAME_MAX = 32;
export const CHARACTER_DESCRIPTION_MAX = 300;

/** Letters, digits, `_` and `-`: a name ends where a mention's word ends. */
const NAME = /^[\p{L}\p{N}_-]+$/u;

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
