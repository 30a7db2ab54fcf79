/**
 * The Grok video models as data: every limit the form, the schema, the client and the simulator
 * enforce comes from here, so adding a model is one entry, never a new conditional.
 * Sources: GROK_API.md §1 (Ace Data Cloud's docs, 2026, and their web client for the image caps).
 */
export const ASPECT_RATIOS = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const RESOLUTIONS = ["480p", "720p", "1080p"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export interface ModelSpec {
  id: string;
  label: string;
  description: string;
  mode: "text-or-image" | "image-only";
  durations: { min: number; max: number; default: number; recommended?: readonly number[] };
  resolutions: readonly Resolution[];
  defaultResolution: Resolution;
  aspectRatios: readonly AspectRatio[];
  defaultAspectRatio: AspectRatio;
  requiresInputImage: boolean;
  acceptsReferenceImages: boolean;
  /** Their web client allows 4; the API's own limit is not documented. */
  maxReferenceImages: number;
  /** Official models are charged even when content review rejects the video. */
  billedOnModeration: boolean;
}

const textOrImage = {
  mode: "text-or-image",
  aspectRatios: ASPECT_RATIOS,
  defaultAspectRatio: "16:9",
  defaultResolution: "480p",
  requiresInputImage: false,
  acceptsReferenceImages: true,
  maxReferenceImages: 4,
  billedOnModeration: false,
} as const;

// "6 or 10 seconds are the most stable" is the newer documentation's advice for its models.
const STABLE_DURATIONS = [6, 10] as const;

export const MODELS = [
  {
    ...textOrImage,
    id: "grok-imagine-video",
    label: "Grok Imagine",
    description: "The standard Grok Imagine model: text or image to video, up to 15 seconds.",
    durations: { min: 1, max: 15, default: 8 },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5-preview",
    label: "Grok Imagine 1.5 (preview)",
    description: "Preview of Grok Imagine 1.5: text or image to video, up to 15 seconds.",
    durations: { min: 1, max: 15, default: 8 },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5-fast:reverse",
    label: "Grok Imagine 1.5 Fast",
    description: "The cheapest option, and the only one for long clips: 6 to 30 seconds, up to 1080p.",
    durations: { min: 6, max: 30, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p", "1080p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video:reverse",
    label: "Grok Imagine (reverse)",
    description: "Grok Imagine through the cheaper standard endpoint, billed per output second.",
    durations: { min: 1, max: 15, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video:official",
    label: "Grok Imagine (official)",
    description:
      "Grok Imagine through xAI's official endpoint: higher quality, billed even if moderation refuses.",
    durations: { min: 1, max: 15, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p"],
    billedOnModeration: true,
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5:official",
    label: "Grok Imagine 1.5 (official)",
    description: "Animates an input image (image required), up to 1080p; billed even if moderation refuses.",
    mode: "image-only",
    durations: { min: 1, max: 15, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p", "1080p"],
    requiresInputImage: true,
    acceptsReferenceImages: false,
    maxReferenceImages: 0,
    billedOnModeration: true,
  },
] as const satisfies readonly ModelSpec[];

export type ModelId = (typeof MODELS)[number]["id"];
export const MODEL_IDS = MODELS.map((m) => m.id) as [ModelId, ...ModelId[]];
export const DEFAULT_MODEL_ID: ModelId = "grok-imagine-video";

export const isModelId = (id: unknown): id is ModelId => MODEL_IDS.includes(id as ModelId);

export function getModel(id: string): ModelSpec | undefined {
  return (MODELS as readonly ModelSpec[]).find((m) => m.id === id);
}

export interface DefaultSettings {
  model: ModelId;
  aspectRatio: AspectRatio;
  resolution: Resolution;
  durationSec: number;
}

/** The form's starting values for a model (also what a model switch resets to). */
export function defaultSettingsFor(modelId: ModelId = DEFAULT_MODEL_ID): DefaultSettings {
  const model = getModel(modelId) ?? getModel(DEFAULT_MODEL_ID)!;
  return {
    model: model.id as ModelId,
    aspectRatio: model.defaultAspectRatio,
    resolution: model.defaultResolution,
    durationSec: model.durations.default,
  };
}
