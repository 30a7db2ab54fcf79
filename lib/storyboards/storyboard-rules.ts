import { MODELS, getModel } from "@/lib/grok/catalog";
import { normalizePrompt } from "@/lib/grok/prompt";

/**
 * A storyboard's rules that pages and server share — without zod, which would double what the
 * storyboard pages load (the actions' schemas are in storyboard-schemas.ts).
 */

/** Models a storyboard may use: every shot after the first may start from an image, so all must take one. */
export const STORYBOARD_MODELS = MODELS.filter((m) => m.mode === "text-or-image").map((m) => m.id);

export const SHOTS_MAX = 40;
export const DEFAULT_SHOT_SECONDS = 6;

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
