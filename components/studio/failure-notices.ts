"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";

/** Failed generations the creator has not dismissed yet, shared by the create panel and the queue. */
const failureKey = ["failure-notices"] as const;
const MAX_SHOWN = 5;

export function useFailureNotices() {
  const queryClient = useQueryClient();
  const { data: failures = [] } = useQuery({
    queryKey: failureKey,
    queryFn: () => [] as GenerationDto[],
    initialData: [] as GenerationDto[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const update = (change: (list: GenerationDto[]) => GenerationDto[]) =>
    queryClient.setQueryData<GenerationDto[]>(failureKey, (list = []) => change(list));
  return {
    failures,
    add: (g: GenerationDto) =>
      update((list) => [g, ...list.filter((f) => f.id !== g.id)].slice(0, MAX_SHOWN)),
    dismiss: (id: string) => update((list) => list.filter((f) => f.id !== id)),
  };
}
