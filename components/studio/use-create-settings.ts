"use client";

import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo } from "react";
import {
  defaultSettingsFor,
  getModel,
  isModelId,
  type AspectRatio,
  type ModelId,
  type Resolution,
} from "@/lib/grok/catalog";

export interface VideoSettings {
  model: ModelId;
  aspectRatio: AspectRatio;
  resolution: Resolution;
  durationSec: number;
}

const STORAGE_KEY = "studio:last-settings";

/** Keeps every setting inside what the chosen model allows (switching model adjusts, never errors). */
export function fitToModel(s: Partial<Record<keyof VideoSettings, unknown>>): VideoSettings {
  const modelId = isModelId(s.model) ? s.model : defaultSettingsFor().model;
  const model = getModel(modelId)!;
  const defaults = defaultSettingsFor(modelId);
  const duration =
    typeof s.durationSec === "number" && Number.isFinite(s.durationSec)
      ? Math.round(s.durationSec)
      : defaults.durationSec;
  return {
    model: modelId,
    durationSec: Math.min(model.durations.max, Math.max(model.durations.min, duration)),
    resolution: model.resolutions.includes(s.resolution as Resolution)
      ? (s.resolution as Resolution)
      : defaults.resolution,
    aspectRatio: model.aspectRatios.includes(s.aspectRatio as AspectRatio)
      ? (s.aspectRatio as AspectRatio)
      : defaults.aspectRatio,
  };
}

/**
 * The video settings live in the URL (shareable; back undoes a change) and the last used ones
 * are remembered for the next visit. Anything out of the model's bounds is pulled back in.
 */
export function useVideoSettings() {
  const [params, setParams] = useQueryStates(
    { model: parseAsString, ar: parseAsString, res: parseAsString, dur: parseAsInteger },
    { history: "push", scroll: false },
  );
  const settings = useMemo(
    () =>
      fitToModel({
        model: params.model,
        aspectRatio: params.ar,
        resolution: params.res,
        durationSec: params.dur ?? undefined,
      }),
    [params.model, params.ar, params.res, params.dur],
  );

  const write = useCallback(
    (next: VideoSettings, history: "push" | "replace" = "push") => {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      void setParams(
        { model: next.model, ar: next.aspectRatio, res: next.resolution, dur: next.durationSec },
        { history },
      );
    },
    [setParams],
  );

  // A URL without settings (a fresh visit) starts from the last-used ones.
  useEffect(() => {
    if (params.model || params.ar || params.res || params.dur) return;
    try {
      const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null") as Partial<VideoSettings> | null;
      if (saved) void setParams(toParams(fitToModel(saved)), { history: "replace" });
    } catch {
      // a corrupt entry is simply forgotten
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on the first visit
  }, []);

  const update = useCallback(
    (patch: Partial<VideoSettings>, history: "push" | "replace" = "push") =>
      write(fitToModel({ ...settings, ...patch }), history),
    [settings, write],
  );
  return { settings, update };
}

const toParams = (s: VideoSettings) => ({
  model: s.model,
  ar: s.aspectRatio,
  res: s.resolution,
  dur: s.durationSec,
});
