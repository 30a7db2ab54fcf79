import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { getModel } from "@/lib/grok/catalog";
import type { GenerationSettings } from "@/lib/grok/settings-schema";
import { PROMPT_MAX, promptLength } from "@/lib/grok/prompt";
import { mentionedNames } from "./character-schemas";

/**
 * What a prompt's `@Name` mentions add to a submit: each named character's pictures as reference
 * images (after the ones chosen by hand, each once, within the model's limit) and its description
 * with the prompt, so the upstream sees who they are. A name no character has is left as text.
 * Called by every submit before it is validated, so the create panel, shots and remixes agree.
 */
export async function applyCast(
  db: PrismaClient,
  workspaceId: string,
  settings: GenerationSettings,
): Promise<{ settings: GenerationSettings; characterIds: string[] }> {
  const names = mentionedNames(settings.prompt);
  if (names.length === 0) return { settings, characterIds: [] };
  const cast = await db.character.findMany({
    where: { workspaceId, deletedAt: null },
    select: { id: true, name: true, description: true, imageIds: true },
  });
  const named = names.flatMap((n) => cast.filter((c) => c.name.toLowerCase() === n));
  if (named.length === 0) return { settings, characterIds: [] };

  const model = getModel(settings.model);
  const images = [...new Set([...(settings.referenceImageIds ?? []), ...named.flatMap((c) => c.imageIds)])];
  const max = model?.acceptsReferenceImages ? model.maxReferenceImages : 0;
  if (images.length > max) {
    const who = named.map((c) => `@${c.name}`).join(", ");
    throw new AppError(
      "bad_request",
      max === 0
        ? `${model?.label ?? settings.model} takes no reference images, so it cannot keep ${who} the same. Choose another model or remove the mention.`
        : `${who} bring ${images.length} reference images; ${model?.label ?? settings.model} takes at most ${max}. Mention fewer characters, or give them fewer pictures.`,
    );
  }
  // Said once each, after the prompt; a remix of a prompt that already says it adds nothing.
  const notes = named
    .filter((c) => c.description && !settings.prompt.includes(`@${c.name}: ${c.description}`))
    .map((c) => `@${c.name}: ${c.description}`);
  const prompt = notes.length ? `${settings.prompt}\n\n${notes.join("\n")}` : settings.prompt;
  if (promptLength(prompt) > PROMPT_MAX)
    throw new AppError(
      "bad_request",
      `With the cast's descriptions the prompt passes ${PROMPT_MAX} characters. Shorten it.`,
    );
  return {
    settings: { ...settings, prompt, referenceImageIds: images },
    characterIds: named.map((c) => c.id),
  };
}
