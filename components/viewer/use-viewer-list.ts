"use client";

import { useCallback, useMemo } from "react";
import { useGenerations } from "@/hooks/use-generations";
import { toListParams, useGalleryFilters } from "@/components/gallery/use-gallery-filters";
import { stepFrom } from "./step";

/**
 * The videos the viewer walks through: the gallery's own loaded list, read from the same query
 * (same filters, same cache entry), so next/previous follow what the person sees, and reaching
 * the end fetches the gallery's next page.
 */
export function useViewerList() {
  const [filters] = useGalleryFilters();
  const query = useGenerations(toListParams(filters));
  const videos = useMemo(
    () => (query.data?.pages.flatMap((p) => p.items) ?? []).filter((g) => g.videoUrl),
    [query.data],
  );
  const { hasNextPage, fetchNextPage } = query;

  /** The id one step away, fetching the next page when the step runs past the loaded end. */
  const step = useCallback(
    async (id: string, direction: 1 | -1): Promise<string | null> => {
      const ids = videos.map((g) => g.id);
      const next = stepFrom(ids, id, direction, hasNextPage);
      if (next.kind === "go") return next.id;
      if (next.kind === "none") return null;
      const loaded = await fetchNextPage();
      const more = (loaded.data?.pages.flatMap((p) => p.items) ?? []).filter((g) => g.videoUrl);
      const after = stepFrom(
        more.map((g) => g.id),
        id,
        direction,
        false,
      );
      return after.kind === "go" ? after.id : null;
    },
    [videos, hasNextPage, fetchNextPage],
  );

  return { videos, step, hasNextPage };
}
