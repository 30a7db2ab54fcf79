"use client";

import { workspaceFetch } from "@/hooks/request-workspace";
import { parseAsString, useQueryState } from "nuqs";
import { useEffect, useEffectEvent, useRef, useState } from "react";
import { toast } from "@/components/ui/toast";
import type { GenerationDto } from "@/lib/generations/dto";

export interface RemixSource {
  generation: GenerationDto;
  inputImage: { id: string; url: string; width?: number; height?: number } | null;
  referenceImages: { id: string; url: string; width?: number; height?: number }[];
}

export type RemixOf = { id: string; prompt: string };

/**
 * `/studio?remix=<id>` (Remix, and Try again) re-opens the create panel with everything of that
 * generation. The parameter is consumed (removed from the URL) once the source is loaded. The
 * remix lasts until its generation is submitted or its prompt cleared (`end`), so only that one
 * submit records the lineage; a draft brings back one still pending (`initial`).
 */
export function useRemix(onLoad: (source: RemixSource) => void, initial: RemixOf | null) {
  const [remixId, setRemixId] = useQueryState("remix", parseAsString);
  const [source, setSource] = useState<RemixOf | null>(initial);
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
      const response = await workspaceFetch(`/api/generations/${encodeURIComponent(remixId)}?images=1`).catch(
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
  return {
    source,
    loading: remixId !== null,
    clear: () => setSource(null),
    /** Ends the remix of `id` (its generation was submitted), unless another one began meanwhile. */
    end: (id: string) => setSource((current) => (current?.id === id ? null : current)),
    /** A draft's pending remix (another device's, or a newer local copy). */
    restore: (of: RemixOf | null) => setSource(of),
  };
}
