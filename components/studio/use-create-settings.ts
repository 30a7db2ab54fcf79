"use client";

import { parseAsInteger, parseAsString, useQueryStates } from "nuqs";
import { useCallback, useEffect, useMemo, useState } from "react";
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
 * The video settings live in the URL (shareable; back undoes a change). A URL without settings
 * (the logo, a fresh device) takes them from the draft, so the next Generate never spends on a
 * model nobody chose. Anything out of the model's bounds is pulled back in.
 */
export function useVideoSettings(fromDraft: Partial<VideoSettings> | null) {
  const [params, setParams] = useQueryStates(
    { model: parseAsString, ar: parseAsString, res: parseAsString, dur: parseAsInteger },
    { history: "push", scroll: false },
  );
  const inUrl = Boolean(params.model || params.ar || params.res || params.dur);
  // Whether the page was opened with settings in its URL: those beat any draft.
  const [openedWithSettings] = useState(inUrl);
  const settings = useMemo(
    () =>
      inUrl
        ? fitToModel({
            model: params.model,
            aspectRatio: params.ar,
            resolution: params.res,
            durationSec: params.dur ?? undefined,
          })
        : fitToModel(fromDraft ?? {}),
    [inUrl, params.model, params.ar, params.res, params.dur, fromDraft],
  );

  const write = useCallback(
    (next: VideoSettings, history: "push" | "replace" = "push") =>
      void setParams(toParams(next), { history }),
    [setParams],
  );

  // The draft's settings are written into the URL, so a reload or a shared link keeps them.
  useEffect(() => {
    if (!inUrl && fromDraft) write(fitToModel(fromDraft), "replace");
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only on arrival
  }, []);

  const update = useCallback(
    (patch: Partial<VideoSettings>, history: "push" | "replace" = "push") =>
      write(fitToModel({ ...settings, ...patch }), history),
    [settings, write],
  );
  return { settings, update, openedWithSettings };
}

const toParams = (s: VideoSettings) => ({
  model: s.model,
  ar: s.aspectRatio,
  res: s.resolution,
  dur: s.durationSec,
});
