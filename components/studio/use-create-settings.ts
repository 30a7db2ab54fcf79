"use client";

import { useCallback, useEffect, useState } from "react";
import {
  defaultSettingsFor,
  getModel,
  type AspectRatio,
  type ModelId,
  type Resolution,
} from "@/lib/grok/catalog";

export type CreateSettings = {
  prompt: string;
  model: ModelId;
  aspectRatio: AspectRatio;
  resolution: Resolution;
  durationSec: number;
  inputImageId: string | null;
  referenceImageIds: string[];
};

const STORAGE_KEY = "studio:last-settings";

export const initialSettings = (): CreateSettings => ({
  prompt: "",
  ...defaultSettingsFor(),
  inputImageId: null,
  referenceImageIds: [],
});

/** Keeps every setting inside what the chosen model allows (switching model adjusts, never errors). */
export function fitToModel(s: CreateSettings): CreateSettings {
  const model = getModel(s.model);
  if (!model) return { ...s, ...defaultSettingsFor() };
  const { min, max } = model.durations;
  return {
    ...s,
    durationSec: Math.min(max, Math.max(min, Math.round(s.durationSec))),
    resolution: model.resolutions.includes(s.resolution) ? s.resolution : model.defaultResolution,
    aspectRatio: model.aspectRatios.includes(s.aspectRatio) ? s.aspectRatio : model.defaultAspectRatio,
    referenceImageIds: model.acceptsReferenceImages
      ? s.referenceImageIds.slice(0, model.maxReferenceImages)
      : [],
  };
}

/** The create form's settings, remembered between visits (the prompt is not: it is per idea). */
export function useCreateSettings() {
  const [settings, setSettings] = useState<CreateSettings>(initialSettings);

  useEffect(() => {
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<CreateSettings> | null;
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after mount
      if (saved) setSettings((s) => fitToModel({ ...s, ...pickRemembered(saved) }));
    } catch {
      // a corrupt entry is simply forgotten
    }
  }, []);

  const update = useCallback((patch: Partial<CreateSettings>) => {
    setSettings((s) => {
      const next = fitToModel({ ...s, ...patch });
      localStorage.setItem(STORAGE_KEY, JSON.stringify(pickRemembered(next)));
      return next;
    });
  }, []);

  return { settings, update, replace: setSettings };
}

function pickRemembered(s: Partial<CreateSettings>) {
  const { model, aspectRatio, resolution, durationSec } = s;
  return { model, aspectRatio, resolution, durationSec } as Partial<CreateSettings>;
}
