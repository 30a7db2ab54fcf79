"use client";

import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { generationKeys, getJson, type GenerationPage } from "@/hooks/use-generations";
import { stepFrom } from "./step";

const playableIds = (pages: GenerationPage[]) =>
  pages.flatMap((p) => p.items).flatMap((g) => (g.videoUrl ? [g.id] : []));

/**
 * The video one step from `id` in the gallery list the person came from: the most recently
 * fetched cached list that holds it; failing that (a page opened from a link), the gallery's
 * default first page.
 */
export async function listNeighbour(
  queryClient: QueryClient,
  id: string,
  direction: 1 | -1,
): Promise<string | null> {
  const lists = queryClient
    .getQueryCache()
    .findAll({ queryKey: generationKeys.lists() })
    .toSorted((a, b) => b.state.dataUpdatedAt - a.state.dataUpdatedAt);
  for (const list of lists) {
    const data = list.state.data as InfiniteData<GenerationPage> | undefined;
    if (!data?.pages) continue;
    const step = stepFrom(playableIds(data.pages), id, direction, false);
    if (step.kind === "go") return step.id;
    if (playableIds(data.pages).includes(id)) return null;
  }
  const first = await getJson<GenerationPage>("/api/generations?status=playable");
  const step = stepFrom(playableIds([first]), id, direction, false);
  return step.kind === "go" ? step.id : null;
}
