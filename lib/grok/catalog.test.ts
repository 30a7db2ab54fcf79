import { describe, expect, it } from "vitest";
import {
  ASPECT_RATIOS,
  DEFAULT_MODEL_ID,
  MODELS,
  MODEL_IDS,
  defaultSettingsFor,
  getModel,
  type ModelSpec,
} from "./catalog";
import { generationSettingsSchema } from "./settings-schema";

describe("model catalog", () => {
  it("lists the six documented models once each, grok-imagine-video first and default", () => {
    expect(MODEL_IDS).toEqual([
      "grok-imagine-video",
      "grok-imagine-video-1.5-preview",
      "grok-imagine-video-1.5-fast:reverse",
      "grok-imagine-video:reverse",
      "grok-imagine-video:official",
      "grok-imagine-video-1.5:official",
    ]);
    expect(DEFAULT_MODEL_ID).toBe("grok-imagine-video");
    expect(ASPECT_RATIOS).toEqual(["1:1", "16:9", "9:16", "4:3", "3:4", "3:2", "2:3"]);
  });

  it.each([
    ["grok-imagine-video", 1, 15, 8, ["480p", "720p"]],
    ["grok-imagine-video-1.5-preview", 1, 15, 8, ["480p", "720p"]],
    ["grok-imagine-video-1.5-fast:reverse", 6, 30, 6, ["480p", "720p", "1080p"]],
    ["grok-imagine-video:reverse", 1, 15, 6, ["480p", "720p"]],
    ["grok-imagine-video:official", 1, 15, 6, ["480p", "720p"]],
    ["grok-imagine-video-1.5:official", 1, 15, 6, ["480p", "720p", "1080p"]],
  ])("%s: %i–%i s (default %i), resolutions %j", (id, min, max, def, resolutions) => {
    const model = getModel(id)!;
    expect(model.durations).toMatchObject({ min, max, default: def });
    expect(model.resolutions).toEqual(resolutions);
    expect(model.defaultResolution).toBe("480p");
    expect(model.aspectRatios).toEqual(ASPECT_RATIOS);
  });

  it("marks only grok-imagine-video-1.5:official as image-only, without reference images", () => {
    const imageOnly = MODELS.filter((m) => m.requiresInputImage).map((m) => m.id);
    expect(imageOnly).toEqual(["grok-imagine-video-1.5:official"]);
    const model = getModel("grok-imagine-video-1.5:official")!;
    expect(model).toMatchObject({ mode: "image-only", acceptsReferenceImages: false, maxReferenceImages: 0 });
    for (const other of MODELS.filter((m) => !m.requiresInputImage)) {
      expect(other).toMatchObject({
        mode: "text-or-image",
        acceptsReferenceImages: true,
        maxReferenceImages: 4,
      });
    }
  });

  it("bills moderation failures only on official models", () => {
    expect(MODELS.filter((m) => m.billedOnModeration).map((m) => m.id)).toEqual([
      "grok-imagine-video:official",
      "grok-imagine-video-1.5:official",
    ]);
  });

  it("returns undefined for an unknown model", () => {
    expect(getModel("grok-imagine-video-9")).toBeUndefined();
  });

  it.each(MODEL_IDS)("defaultSettingsFor(%s) passes the settings schema", (id) => {
    const defaults = defaultSettingsFor(id);
    expect(defaults.model).toBe(id);
    const needsImage = getModel(id)!.requiresInputImage;
    const parsed = generationSettingsSchema.safeParse({
      ...defaults,
      prompt: "A lighthouse in a storm",
      ...(needsImage ? { inputImageId: "img_1" } : {}),
    });
    expect(parsed.success).toBe(true);
  });

  it("defaults to grok-imagine-video at 480p, 16:9, 8 s", () => {
    expect(defaultSettingsFor()).toEqual({
      model: "grok-imagine-video",
      aspectRatio: "16:9",
      resolution: "480p",
      durationSec: 8,
    });
  });

  it("gives each model a distinct human name, free of endpoint jargon", () => {
    const labels = MODELS.map((m) => m.label);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).not.toMatch(/reverse|official|[():]/i);
    expect(getModel("grok-imagine-video-1.5-fast:reverse")!.label).toBe("Grok Imagine 1.5 Fast");
  });

  it("says what each model is good for, its speed and its cost, without inventing prices", () => {
    for (const m of MODELS as readonly ModelSpec[]) {
      for (const text of [m.description, m.speed, m.cost.note]) {
        expect(text.length).toBeGreaterThan(10);
        expect(text).not.toMatch(/[$€£¢]|\bUSD\b|credits?\b/i);
      }
    }
  });

  it("ranks relative cost only as the provider's docs do: 1.5 Fast cheapest, official dearer", () => {
    const tiers = Object.fromEntries(MODELS.map((m) => [m.id, (m as ModelSpec).cost.tier]));
    expect(tiers).toEqual({
      "grok-imagine-video": null,
      "grok-imagine-video-1.5-preview": null,
      "grok-imagine-video-1.5-fast:reverse": "lowest",
      "grok-imagine-video:reverse": "lower",
      "grok-imagine-video:official": "higher",
      "grok-imagine-video-1.5:official": "higher",
    });
    // Charged on refusal is part of what a cost note must say.
    for (const m of MODELS.filter((x) => x.billedOnModeration)) expect(m.cost.note).toMatch(/moderation/);
  });

  it("recommends only lengths the model allows", () => {
    for (const m of MODELS as readonly ModelSpec[]) {
      for (const d of m.durations.recommended ?? []) {
        expect(d).toBeGreaterThanOrEqual(m.durations.min);
        expect(d).toBeLessThanOrEqual(m.durations.max);
      }
    }
  });
});
