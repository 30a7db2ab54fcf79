"use client";

import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";

export type GenerationStatusFilter = "all" | "active" | "playable" | "failed";

export const generationKeys = {
  all: ["generations"] as const,
  list: (filters: { status: GenerationStatusFilter }) => [...generationKeys.all, "list", filters] as const,
  detail: (id: string) => [...generationKeys.all, "detail", id] as const,
};

interface Page {
  items: GenerationDto[];
  nextCursor: string | null;
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as T;
}

/** While anything is in flight, look again every 2 s; when nothing is, stop polling entirely. */
export const ACTIVE_POLL_MS = 2_000;

export function useGenerations(filters: { status: GenerationStatusFilter } = { status: "all" }) {
  return useInfiniteQuery({
    queryKey: generationKeys.list(filters),
    queryFn: ({ pageParam }) =>
      getJson<Page>(
        `/api/generations?status=${filters.status}${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ""}`,
      ),
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
