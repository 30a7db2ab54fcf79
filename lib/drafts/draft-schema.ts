import { z } from "@/lib/validation/zod";
import { ASPECT_RATIOS, MODEL_IDS, RESOLUTIONS } from "@/lib/grok/catalog";
import { PROMPT_MAX } from "@/lib/grok/prompt";

/**
 * What the create form keeps as a draft. Looser than a submit: a draft may be half written or
 * over the prompt limit (the form says so), but it is bounded so it cannot grow without end.
 * Shared by the browser (its local copy) and the save action.
 */
const id = z.string().trim().min(1).max(200);

export const draftInputSchema = z.object({
  prompt: z
    .string()
    .max(PROMPT_MAX * 4, "That prompt is too long to keep as a draft.")
    // PostgreSQL refuses NUL in text; nobody types one on purpose.
    .transform((p) => p.replaceAll("\u0000", "")),
  model: z.enum(MODEL_IDS).nullable(),
  aspectRatio: z.enum(ASPECT_RATIOS).nullable(),
  resolution: z.enum(RESOLUTIONS).nullable(),
  durationSec: z.number().int().min(1).max(600).nullable(),
  inputImageId: id.nullable(),
  referenceImageIds: z.array(id).max(10),
  remixedFromId: id.nullable(),
});

export type DraftInput = z.output<typeof draftInputSchema>;

export interface DraftImage {
  id: string;
  url: string;
  width: number;
  height: number;
}

/** A stored draft as the form takes it back: images resolved to signed thumbnails, in order. */
export interface DraftDto {
  prompt: string;
  model: DraftInput["model"];
  aspectRatio: DraftInput["aspectRatio"];
  resolution: DraftInput["resolution"];
  durationSec: number | null;
  inputImage: DraftImage | null;
  referenceImages: DraftImage[];
  remix: { id: string; prompt: string } | null;
  /** Images the draft named that no longer exist (unused uploads are cleaned after a day). */
  droppedImages: number;
  updatedAt: string;
}
