import { describe, expect, it } from "vitest";
import { ASPECT_RATIOS, MODELS } from "./catalog";
import { PROMPT_MAX, generationSettingsSchema } from "./settings-schema";

const valid = {
  prompt: "A paper boat drifting down a rainy street",
  model: "grok-imagine-video",
  aspectRatio: "16:9",
  resolution: "480p",
  durationSec: 8,
};

function issues(input: Record<string, unknown>) {
  const result = generationSettingsSchema.safeParse({ ...valid, ...input });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("generationSettingsSchema: prompt", () => {
  it("trims and NFKC-normalises the prompt", () => {
    const parsed = generationSettingsSchema.parse({ ...valid, prompt: "\u3000 ｆｕｌｌ\uFB01 width \n" });
    expect(parsed.prompt).toBe("full\u0066\u0069 width");
  });

  it("drops invisible control characters but keeps new lines", () => {
    expect(generationSettingsSchema.parse({ ...valid, prompt: "a\u0000b\u0007\nc" }).prompt).toBe("ab\nc");
  });

  it.each([[""], ["   "], ["\u3000\n\t"]])("refuses an empty prompt %j with 'Write a prompt.'", (prompt) => {
    expect(issues({ prompt })).toEqual({ prompt: "Write a prompt." });
  });

  it("refuses a missing prompt", () => {
    const { prompt: _omit, ...rest } = valid;
    expect(generationSettingsSchema.safeParse(rest).error?.issues[0]).toMatchObject({
      path: ["prompt"],
      message: "Write a prompt.",
    });
  });

  it(`accepts exactly ${PROMPT_MAX} characters and refuses one more`, () => {
    expect(issues({ prompt: "a".repeat(PROMPT_MAX) })).toEqual({});
    expect(issues({ prompt: "a".repeat(PROMPT_MAX + 1) })).toEqual({
      prompt: `Keep the prompt to ${PROMPT_MAX} characters or fewer.`,
    });
  });

  it("counts an emoji as one character", () => {
    expect(issues({ prompt: "🎬".repeat(PROMPT_MAX) })).toEqual({});
  });

  it("measures the length after normalising", () => {
    expect(issues({ prompt: `  ${"a".repeat(PROMPT_MAX)}  ` })).toEqual({});
  });
});

describe("generationSettingsSchema: catalog bounds", () => {
  it("refuses a model outside the catalog", () => {
    expect(issues({ model: "sora-2" })).toEqual({ model: "Choose one of the available models." });
  });

  it("refuses an aspect ratio outside the seven", () => {
    expect(issues({ aspectRatio: "21:9" }).aspectRatio).toMatch(/Choose an aspect ratio/);
    for (const aspectRatio of ASPECT_RATIOS) expect(issues({ aspectRatio })).toEqual({});
  });

  for (const model of MODELS) {
    const base = { model: model.id, ...(model.requiresInputImage ? { inputImageId: "img_1" } : {}) };
    const { min, max } = model.durations;

    it(`${model.id}: accepts ${min} and ${max} s, refuses ${min - 1} and ${max + 1} s`, () => {
      expect(issues({ ...base, durationSec: min })).toEqual({});
      expect(issues({ ...base, durationSec: max })).toEqual({});
      const message = `${model.id} allows ${min}–${max} seconds.`;
      expect(issues({ ...base, durationSec: min - 1 })).toEqual({ durationSec: message });
      expect(issues({ ...base, durationSec: max + 1 })).toEqual({ durationSec: message });
    });

    it(`${model.id}: accepts exactly its resolutions`, () => {
      for (const resolution of ["480p", "720p", "1080p"]) {
        const allowed = (model.resolutions as readonly string[]).includes(resolution);
        const result = issues({ ...base, resolution });
        if (allowed) expect(result).toEqual({});
        else expect(result.resolution).toMatch(new RegExp(`^${model.id.replace(/[.]/g, "\\.")} allows 480p`));
      }
    });
  }

  it("names the allowed resolutions", () => {
    expect(issues({ resolution: "1080p" })).toEqual({
      resolution: "grok-imagine-video allows 480p or 720p.",
    });
  });

  it("refuses a fractional or non-numeric duration and coerces a numeric string", () => {
    expect(issues({ durationSec: 6.5 })).toEqual({
      durationSec: "The duration must be a whole number of seconds.",
    });
    expect(issues({ durationSec: "abc" })).toEqual({ durationSec: "Choose a duration in seconds." });
    expect(generationSettingsSchema.parse({ ...valid, durationSec: "10" }).durationSec).toBe(10);
  });
});

describe("generationSettingsSchema: images", () => {
  it("requires an input image for the image-only model", () => {
    const model = "grok-imagine-video-1.5:official";
    expect(issues({ model, durationSec: 6 })).toEqual({
      inputImageId: `${model} animates an image: add an input image.`,
    });
    expect(issues({ model, durationSec: 6, inputImageId: null })).toHaveProperty("inputImageId");
    expect(issues({ model, durationSec: 6, inputImageId: "img_1" })).toEqual({});
  });

  it("accepts an optional input image on text-or-image models", () => {
    expect(issues({ inputImageId: "img_1" })).toEqual({});
    expect(issues({ inputImageId: null })).toEqual({});
  });

  it("refuses reference images where the model takes none", () => {
    const model = "grok-imagine-video-1.5:official";
    expect(issues({ model, durationSec: 6, inputImageId: "img_1", referenceImageIds: ["r1"] })).toEqual({
      referenceImageIds: `${model} does not accept reference images.`,
    });
  });

  it("accepts up to 4 reference images and refuses a fifth", () => {
    expect(issues({ referenceImageIds: ["r1", "r2", "r3", "r4"] })).toEqual({});
    expect(issues({ referenceImageIds: ["r1", "r2", "r3", "r4", "r5"] })).toEqual({
      referenceImageIds: "Use at most 4 reference images with grok-imagine-video.",
    });
  });

  it("refuses the same reference image twice and empty ids", () => {
    expect(issues({ referenceImageIds: ["r1", "r1"] })).toEqual({
      referenceImageIds: "Each reference image can be used only once.",
    });
    expect(issues({ referenceImageIds: [" "] })).toEqual({ "referenceImageIds.0": "Choose an image." });
  });

  it("defaults reference images to an empty list", () => {
    expect(generationSettingsSchema.parse(valid).referenceImageIds).toEqual([]);
  });
});
