import { z } from "@/lib/validation/zod";
import { ASPECT_RATIOS, MODEL_IDS, RESOLUTIONS } from "@/lib/grok/catalog";
import { PROMPT_MAX, normalizePrompt, promptLength } from "@/lib/grok/prompt";
import { SHOTS_MAX, STORYBOARD_MODELS } from "./storyboard-rules";

export {
  DEFAULT_SHOT_SECONDS,
  SHOTS_MAX,
  STORYBOARD_MODELS,
  shotProblem,
  splitScript,
} from "./storyboard-rules";

/**
 * What a storyboard's actions accept. A shot's prompt may be empty while it is drafted; a run
 * refuses to send an empty one (`shotProblem`). The pages use storyboard-rules.ts, which has no
 * zod: it would double what a page loads.
 */

export const titleSchema = z
  .string({ message: "Give the storyboard a title." })
  .trim()
  .min(1, "Give the storyboard a title.")
  .max(120, "Keep the title to 120 characters or fewer.");

export const shotPromptSchema = z
  .string({ message: "Write what happens in this shot." })
  .transform(normalizePrompt)
  .refine((p) => promptLength(p) <= PROMPT_MAX, `Keep a shot's prompt to ${PROMPT_MAX} characters or fewer.`);

export const frameSchema = z.object({
  model: z
    .enum(MODEL_IDS, { message: "Choose one of the available models." })
    .refine(
      (id) => (STORYBOARD_MODELS as string[]).includes(id),
      "This model only animates an image; a storyboard needs one that also starts from a prompt.",
    ),
  aspectRatio: z.enum(ASPECT_RATIOS, { message: `Choose an aspect ratio: ${ASPECT_RATIOS.join(", ")}.` }),
  resolution: z.enum(RESOLUTIONS, { message: `Choose a resolution: ${RESOLUTIONS.join(", ")}.` }),
});
export type StoryboardFrame = z.output<typeof frameSchema>;

export const durationSchema = z.coerce
  .number<number | string>({ message: "Choose a duration in seconds." })
  .int("The duration must be a whole number of seconds.")
  .min(1, "A shot lasts at least 1 second.")
  .max(30, "A shot lasts at most 30 seconds.");

const id = z.string().trim().min(1).max(64);

export const newStoryboardSchema = z.object({
  title: titleSchema,
  frame: frameSchema,
  /** One shot per paragraph (a blank line between them); empty for an empty storyboard. */
  script: z.string().max(40_000, "That script is too long for one storyboard.").default(""),
});

export const shotPatchSchema = z.object({
  shotId: id,
  prompt: shotPromptSchema.optional(),
  durationSec: durationSchema.optional(),
  continues: z.boolean().optional(),
});

export const reorderSchema = z.object({
  storyboardId: id,
  shotIds: z.array(id).min(1, "Which shots?").max(SHOTS_MAX),
});
