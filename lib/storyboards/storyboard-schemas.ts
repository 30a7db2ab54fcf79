import { z } from "@/lib/validation/zod";
import { ASPECT_RATIOS, MODELS, MODEL_IDS, RESOLUTIONS, getModel } from "@/lib/grok/catalog";
import { PROMPT_MAX, normalizePrompt, promptLength } from "@/lib/grok/prompt";

/**
 * What a storyboard's forms and actions accept — pure, so the editor (browser) and the actions
 * (server) parse with the same rules. A shot's prompt may be empty while it is drafted; a run
 * refuses to send an empty one (`runProblems`).
 */

/** Models a storyboard may use: every shot after the first may start from an image, so all must take one. */
export const STORYBOARD_MODELS = MODELS.filter((m) => m.mode === "text-or-image").map((m) => m.id);

export const SHOTS_MAX = 40;
export const DEFAULT_SHOT_SECONDS = 6;

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

/** Splits a pasted script into shots: one per paragraph, blank lines between paragraphs. */
export function splitScript(script: string): string[] {
  return script
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => normalizePrompt(p.replace(/\s*\n\s*/g, " ")))
    .filter((p) => p.length > 0)
    .slice(0, SHOTS_MAX);
}

/** Why a shot cannot be sent as it stands (its model's limits), or null. */
export function shotProblem(
  frame: { model: string },
  shot: { prompt: string; durationSec: number },
  index: number,
): string | null {
  if (!shot.prompt.trim()) return `Shot ${index + 1} has no prompt yet.`;
  const model = getModel(frame.model);
  if (!model) return "The storyboard's model is no longer offered: choose another.";
  const { min, max } = model.durations;
  if (shot.durationSec < min || shot.durationSec > max)
    return `Shot ${index + 1}: ${model.label} makes ${min}–${max} seconds.`;
  return null;
}
