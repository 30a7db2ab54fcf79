"use client";

import { workspaceFetch } from "@/hooks/request-workspace";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";
import { generationKeys, type GenerationPage, type ListParams } from "@/lib/queries/generation-keys";
import { FILE_URL_RENEW_MS } from "@/lib/queries/file-urls";

export {
  generationKeys,
  type GenerationPage,
  type ListedGeneration,
  type ListParams,
} from "@/lib/queries/generation-keys";

export async function getJson<T>(url: string): Promise<T> {
  const response = await workspaceFetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as T;
}

/** While anything is in flight, look again every 2 s; when nothing is, stop polling entirely. */
export const ACTIVE_POLL_MS = 2_000;
/** A finished video still being copied into storage: soon at first, then rarely (retries back off). */
const SAVING_POLL_MS = 15_000;
const SAVING_SOON_MS = 60_000;

/**
 * How soon to look again at these generations: soon while any can still change, every
 * FILE_URL_RENEW_MS while they show posters (signed for minutes: the page renews them before they
 * lapse), else never.
 */
export function pollInterval(items: GenerationDto[], now = Date.now()): number | false {
  if (items.some((g) => g.phase === "active")) return ACTIVE_POLL_MS;
  const saving = items.filter((g) => g.saved === "saving");
  if (saving.length > 0) {
    const justFinished = saving.some((g) => !g.finishedAt || now - Date.parse(g.finishedAt) < SAVING_SOON_MS);
    return justFinished ? ACTIVE_POLL_MS : SAVING_POLL_MS;
  }
  return items.some((g) => g.posterUrl) ? FILE_URL_RENEW_MS : false;
}

export function useGenerations(params: ListParams) {
  return useInfiniteQuery({
    queryKey: generationKeys.list(params),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ ...params, ...(pageParam ? { cursor: pageParam } : {}) });
      return getJson<GenerationPage>(`/api/generations?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) => pollInterval(query.state.data?.pages.flatMap((p) => p.items) ?? []),
  });
}

export function useGeneration(id: string, initial?: GenerationDto) {
  return useQuery({
    queryKey: generationKeys.detail(id),
    queryFn: () => getJson<GenerationDto>(`/api/generations/${encodeURIComponent(id)}`),
    initialData: initial,
    refetchInterval: (query) => pollInterval(query.state.data ? [query.state.data] : []),
  });
}
