import { z } from "@/lib/validation/zod";
import { ASPECT_RATIOS, MODEL_IDS, RESOLUTIONS, getModel, type ModelSpec } from "./catalog";
import { PROMPT_MAX, normalizePrompt, promptLength } from "./prompt";

export { PROMPT_MAX, normalizePrompt, promptLength };

/**
 * The one schema bounding a generation's settings, from the model catalog. The create form
 * (browser) and the submit action (server) both parse with it, so keep it free of Node imports.
 */
const promptSchema = z
  .string({ message: "Write a prompt." })
  .transform(normalizePrompt)
  .refine((p) => p.length > 0, "Write a prompt.")
  .refine((p) => promptLength(p) <= PROMPT_MAX, `Keep the prompt to ${PROMPT_MAX} characters or fewer.`);

const imageId = z.string().trim().min(1, "Choose an image.").max(200, "That image id is not valid.");

export const generationSettingsSchema = z
  .object({
    prompt: promptSchema,
    model: z.enum(MODEL_IDS, { message: "Choose one of the available models." }),
    aspectRatio: z.enum(ASPECT_RATIOS, { message: `Choose an aspect ratio: ${ASPECT_RATIOS.join(", ")}.` }),
    resolution: z.enum(RESOLUTIONS, { message: `Choose a resolution: ${RESOLUTIONS.join(", ")}.` }),
    durationSec: z.coerce.number<number | string>({ message: "Choose a duration in seconds." }),
    inputImageId: imageId.nullish(),
    referenceImageIds: z.array(imageId).default([]),
  })
  .superRefine((s, ctx) => {
    const model = getModel(s.model);
    if (!model) return; // already reported by the enum
    for (const issue of modelIssues(model, s)) ctx.addIssue({ code: "custom", ...issue });
  });

export type GenerationSettings = z.output<typeof generationSettingsSchema>;
export type GenerationSettingsInput = z.input<typeof generationSettingsSchema>;

type Issue = { path: [keyof GenerationSettings]; message: string };

function modelIssues(model: ModelSpec, s: Omit<GenerationSettings, "prompt">): Issue[] {
  const issues: Issue[] = [];
  const { min, max } = model.durations;
  if (!Number.isInteger(s.durationSec)) {
    issues.push({ path: ["durationSec"], message: "The duration must be a whole number of seconds." });
  } else if (s.durationSec < min || s.durationSec > max) {
    issues.push({ path: ["durationSec"], message: `${model.id} allows ${min}–${max} seconds.` });
  }
  if (!model.resolutions.includes(s.resolution)) {
    issues.push({ path: ["resolution"], message: `${model.id} allows ${listOr(model.resolutions)}.` });
  }
  if (!model.aspectRatios.includes(s.aspectRatio)) {
    issues.push({ path: ["aspectRatio"], message: `${model.id} allows ${listOr(model.aspectRatios)}.` });
  }
  if (model.requiresInputImage && !s.inputImageId) {
    issues.push({ path: ["inputImageId"], message: `${model.id} animates an image: add an input image.` });
  }
  const refs = s.referenceImageIds;
  if (refs.length > 0 && !model.acceptsReferenceImages) {
    issues.push({ path: ["referenceImageIds"], message: `${model.id} does not accept reference images.` });
  } else if (refs.length > model.maxReferenceImages) {
    issues.push({
      path: ["referenceImageIds"],
      message: `Use at most ${model.maxReferenceImages} reference images with ${model.id}.`,
    });
  } else if (new Set(refs).size !== refs.length) {
    issues.push({ path: ["referenceImageIds"], message: "Each reference image can be used only once." });
  }
  return issues;
}

function listOr(values: readonly string[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`;
}
