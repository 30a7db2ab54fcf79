import { ASPECT_RATIOS, getModel, type AspectRatio, type ModelSpec } from "../catalog";
import { isHttpUrl, isRecord } from "./http";

/**
 * Checks a `POST /grok/videos` body as the upstream documents it (docs/upstream-api.md §1 and their
 * 2026 docs): unknown fields are ignored, absent optional ones take the documented defaults.
 */
export interface ValidSubmit {
  prompt?: string;
  model: ModelSpec;
  aspectRatio: AspectRatio;
  resolution: string;
  duration: number;
  imageUrl?: string;
  referenceImageUrls: string[];
  callbackUrl?: string;
  async: boolean;
}

export type SubmitCheck = { ok: true; submit: ValidSubmit } | { ok: false; message: string };

// Their newer documentation's default model; our client always names one.
const UPSTREAM_DEFAULT_MODEL = "grok-imagine-video-1.5-fast:reverse";
// [guess] Not documented; the video then follows the input image or the landscape default.
const DEFAULT_ASPECT_RATIO: AspectRatio = "16:9";

const fail = (message: string): SubmitCheck => ({ ok: false, message });

export function validateSubmit(body: unknown): SubmitCheck {
  if (!isRecord(body)) return fail("The request body must be a JSON object.");
  const modelId = body.model ?? UPSTREAM_DEFAULT_MODEL;
  const model = typeof modelId === "string" ? getModel(modelId) : undefined;
  if (!model) return fail(`model must be one of the supported models, got ${JSON.stringify(modelId)}.`);

  const imageUrl = body.image_url;
  if (imageUrl !== undefined && !isHttpUrl(imageUrl)) return fail("image_url must be an http(s) URL.");
  if (model.requiresInputImage && imageUrl === undefined)
    return fail(`image_url is required for ${model.id}.`);

  const prompt = body.prompt;
  if (prompt !== undefined && typeof prompt !== "string") return fail("prompt must be a string.");
  if (imageUrl === undefined && !prompt?.trim()) return fail("prompt is required for text-to-video.");

  const aspectRatio = body.aspect_ratio ?? DEFAULT_ASPECT_RATIO;
  if (!ASPECT_RATIOS.includes(aspectRatio as AspectRatio)) {
    return fail(`aspect_ratio must be one of ${ASPECT_RATIOS.join(", ")}.`);
  }
  const resolution = body.resolution ?? model.defaultResolution;
  if (
    typeof resolution !== "string" ||
    !model.resolutions.includes(resolution as ModelSpec["defaultResolution"])
  ) {
    return fail(`resolution must be one of ${model.resolutions.join(", ")} for ${model.id}.`);
  }
  const duration = body.duration ?? model.durations.default;
  const { min, max } = model.durations;
  if (typeof duration !== "number" || !Number.isInteger(duration) || duration < min || duration > max) {
    return fail(`duration must be an integer from ${min} to ${max} for ${model.id}.`);
  }

  const refs = body.reference_image_urls ?? [];
  if (!Array.isArray(refs) || !refs.every(isHttpUrl))
    return fail("reference_image_urls must be a list of http(s) URLs.");
  if (refs.length > 0 && !model.acceptsReferenceImages)
    return fail(`${model.id} does not accept reference_image_urls.`);
  // [guess] The API's own cap is undocumented; enforcing their web client's keeps us within it.
  if (refs.length > model.maxReferenceImages)
    return fail(`At most ${model.maxReferenceImages} reference_image_urls.`);

  const callbackUrl = body.callback_url;
  if (callbackUrl !== undefined && !isHttpUrl(callbackUrl))
    return fail("callback_url must be an http(s) URL.");
  if (body.async !== undefined && typeof body.async !== "boolean") return fail("async must be a boolean.");

  return {
    ok: true,
    submit: {
      prompt,
      model,
      aspectRatio: aspectRatio as AspectRatio,
      resolution,
      duration,
      imageUrl,
      referenceImageUrls: refs,
      callbackUrl,
      async: body.async === true || callbackUrl !== undefined,
    },
  };
}
