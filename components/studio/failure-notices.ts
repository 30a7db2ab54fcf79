"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";

/** Failed generations the creator has not dismissed yet, shared by the create panel and the queue. */
const failureKey = ["failure-notices"] as const;
const dismissedKey = ["failure-notices", "dismissed"] as const;
export const MAX_FAILURES_SHOWN = 5;

/** Dismissed failures stay dismissed after a reload (a failure is otherwise re-read from the server). */
const DISMISSED_STORAGE = "studio:dismissed-failures";
const MAX_REMEMBERED = 100;

function readDismissed(): string[] {
  if (typeof window === "undefined") return [];
  try {
    const ids: unknown = JSON.parse(window.localStorage.getItem(DISMISSED_STORAGE) ?? "[]");
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === "string") : [];
  } catch {
    return [];
  }
}

export function useFailureNotices() {
  const queryClient = useQueryClient();
  const { data: failures = [] } = useQuery({
    queryKey: failureKey,
    queryFn: () => [] as GenerationDto[],
    initialData: [] as GenerationDto[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const { data: dismissed = [] } = useQuery({
    queryKey: dismissedKey,
    queryFn: readDismissed,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const update = (change: (list: GenerationDto[]) => GenerationDto[]) =>
    queryClient.setQueryData<GenerationDto[]>(failureKey, (list = []) => change(list));
  return {
    failures,
    dismissed,
    add: (g: GenerationDto) =>
      update((list) => [g, ...list.filter((f) => f.id !== g.id)].slice(0, MAX_FAILURES_SHOWN)),
    dismiss: (id: string) => {
      update((list) => list.filter((f) => f.id !== id));
      const ids = [id, ...readDismissed().filter((d) => d !== id)].slice(0, MAX_REMEMBERED);
      queryClient.setQueryData<string[]>(dismissedKey, ids);
      try {
        window.localStorage.setItem(DISMISSED_STORAGE, JSON.stringify(ids));
      } catch {
        // Storage full or blocked: dismissed for this visit only.
      }
    },
  };
}
