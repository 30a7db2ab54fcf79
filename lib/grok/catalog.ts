/**
 * The Grok video models as data: every limit the form, the schema, the client and the simulator
 * enforce comes from here, so adding a model is one entry, never a new conditional.
 * Sources: docs/upstream-api.md §1 and §6 (Ace Data Cloud's docs, 2026, and their web client for the image
 * caps); cost and speed words only as far as AceDataCloud/APIs grok/docs/grok_videos.md states them
 * (":reverse" is the cheaper fast/standard endpoint, ":official" the higher-quality one billed per
 * output second, 1.5 Fast the cheapest, priced by length tier). No prices are published there.
 */
export const ASPECT_RATIOS = ["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number];

export const RESOLUTIONS = ["480p", "720p", "1080p"] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

/** Relative cost as the provider's docs rank the models; null where they say nothing. */
export type CostTier = "lowest" | "lower" | "higher";

export interface ModelSpec {
  id: string;
  /** A human name; the id (with its ":reverse"/":official" endpoint suffix) is what is sent. */
  label: string;
  /** What it is good for, in a sentence. */
  description: string;
  /** How fast, only as documented. */
  speed: string;
  cost: { tier: CostTier | null; note: string };
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

// docs/upstream-api.md §6: no per-model speed is published, only this for the service as a whole.
const TYPICAL_SPEED = "No speed published for this model; videos typically take 1–5 minutes.";
const OFFICIAL_SPEED = "Runs on xAI's official endpoint; no speed published.";
const OFFICIAL_COST =
  "Costs more than Economy: priced per second, more at higher resolution, and charged even when moderation refuses the video.";

export const MODELS = [
  {
    ...textOrImage,
    id: "grok-imagine-video",
    label: "Grok Imagine",
    description: "Everyday text or image to video, up to 15 seconds at 720p.",
    speed: TYPICAL_SPEED,
    cost: { tier: null, note: "The provider publishes no cost for this model." },
    durations: { min: 1, max: 15, default: 8 },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5-preview",
    label: "Grok Imagine 1.5 Preview",
    description: "An early look at the 1.5 model: text or image to video, up to 15 seconds at 720p.",
    speed: TYPICAL_SPEED,
    cost: { tier: null, note: "The provider publishes no cost for this model." },
    durations: { min: 1, max: 15, default: 8 },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5-fast:reverse",
    label: "Grok Imagine 1.5 Fast",
    description: "Drafts and long clips: the only model for 16–30 seconds, up to 1080p.",
    speed: "Fast: runs on the provider's fast endpoint.",
    cost: {
      tier: "lowest",
      note: "The cheapest. Priced by length (6–10, 11–20 or 21–30 s), the same at every resolution.",
    },
    durations: { min: 6, max: 30, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p", "1080p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video:reverse",
    label: "Grok Imagine Economy",
    description: "Grok Imagine for less: text or image to video, up to 15 seconds at 720p.",
    speed: "Standard: runs on the provider's fast/standard endpoint.",
    cost: { tier: "lower", note: "Cheaper than High Quality. Priced per second of video." },
    durations: { min: 1, max: 15, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p"],
  },
  {
    ...textOrImage,
    id: "grok-imagine-video:official",
    label: "Grok Imagine High Quality",
    description: "Finals: xAI's official endpoint, higher quality, up to 15 seconds at 720p.",
    speed: OFFICIAL_SPEED,
    cost: { tier: "higher", note: OFFICIAL_COST },
    durations: { min: 1, max: 15, default: 6, recommended: STABLE_DURATIONS },
    resolutions: ["480p", "720p"],
    billedOnModeration: true,
  },
  {
    ...textOrImage,
    id: "grok-imagine-video-1.5:official",
    label: "Grok Imagine 1.5 Image to Video",
    description: "Brings a picture to life: needs an input image, up to 15 seconds at 1080p.",
    speed: OFFICIAL_SPEED,
    cost: { tier: "higher", note: OFFICIAL_COST },
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
