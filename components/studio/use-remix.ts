"use client";

import { parseAsString, useQueryState } from "nuqs";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { toast } from "sonner";
import type { GenerationDto } from "@/lib/generations/dto";

export interface RemixSource {
  generation: GenerationDto;
  inputImage: { id: string; url: string; width?: number; height?: number } | null;
  referenceImages: { id: string; url: string; width?: number; height?: number }[];
}

/**
 * `/studio?remix=<id>` re-opens the create panel with everything of that generation. The
 * parameter is consumed (removed from the URL) once the source is loaded.
 */
export function useRemix(onLoad: (source: RemixSource) => void) {
  const [remixId, setRemixId] = useQueryState("remix", parseAsString);
  const [source, setSource] = useState<{ id: string; prompt: string } | null>(null);
  // Loading fills the form; it must happen once per `?remix=` visit, even if the effect re-runs
  // before the URL update lands, or it would overwrite what the user typed since.
  const handled = useRef<string | null>(null);

  const apply = useEffectEvent((loaded: RemixSource) => onLoad(loaded));

  useEffect(() => {
    if (!remixId) {
      handled.current = null;
      return;
    }
    if (handled.current === remixId) return;
    handled.current = remixId;
    void (async () => {
      const response = await fetch(`/api/generations/${encodeURIComponent(remixId)}?images=1`).catch(
        () => null,
      );
      // A newer `?remix=` took over while this one loaded.
      if (handled.current !== remixId) return;
      if (!response?.ok) {
        toast.error("That video is not available to remix.");
      } else {
        const loaded = (await response.json()) as RemixSource["generation"] & Omit<RemixSource, "generation">;
        const { inputImage = null, referenceImages = [], ...generation } = loaded;
        apply({ generation, inputImage, referenceImages });
        setSource({ id: generation.id, prompt: generation.prompt });
      }
      void setRemixId(null, { history: "replace" });
    })();
  }, [remixId, setRemixId]);

  // The parameter is removed once the source is loaded (or refused).
  return { source, loading: remixId !== null, clear: () => setSource(null) };
}
