"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";
import { generationKeys, type GenerationPage, type ListParams } from "./generation-keys";

export {
  generationKeys,
  type GenerationPage,
  type ListedGeneration,
  type ListParams,
} from "./generation-keys";

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as T;
}

/** While anything is in flight, look again every 2 s; when nothing is, stop polling entirely. */
export const ACTIVE_POLL_MS = 2_000;

export function useGenerations(params: ListParams) {
  return useInfiniteQuery({
    queryKey: generationKeys.list(params),
    queryFn: ({ pageParam }) => {
      const query = new URLSearchParams({ ...params, ...(pageParam ? { cursor: pageParam } : {}) });
      return getJson<GenerationPage>(`/api/generations?${query}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: (query) =>
      query.state.data?.pages.some((p) => p.items.some((g) => g.phase === "active")) ? ACTIVE_POLL_MS : false,
  });
}

export function useGeneration(id: string, initial?: GenerationDto) {
  return useQuery({
    queryKey: generationKeys.detail(id),
    queryFn: () => getJson<GenerationDto>(`/api/generations/${encodeURIComponent(id)}`),
    initialData: initial,
    refetchInterval: (query) => (query.state.data?.phase === "active" ? ACTIVE_POLL_MS : false),
  });
}
