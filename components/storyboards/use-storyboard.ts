"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { workspaceFetch } from "@/hooks/request-workspace";
import type { StoryboardDto } from "@/lib/storyboards/storyboard-dto";

export const storyboardKey = (id: string) => ["storyboard", id] as const;

/** Busy while a run sends or waits, a take is on its way, or the film is being made. */
export const isBusy = (board: StoryboardDto) =>
  board.runState === "running" ||
  board.film.state === "building" ||
  board.shots.some((s) => s.status === "generating" || s.generating);

/** The storyboard as the server reads it: polled every 2 s while something is under way. */
export function useStoryboard(initial: StoryboardDto) {
  return useQuery({
    queryKey: storyboardKey(initial.id),
    queryFn: async (): Promise<StoryboardDto> => {
      const response = await workspaceFetch(`/api/storyboards/${encodeURIComponent(initial.id)}`);
      if (!response.ok) throw new Error(`The storyboard could not be read (${response.status}).`);
      return response.json();
    },
    initialData: initial,
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data) ? 2_000 : false),
  });
}

/** Reads the storyboard again after a change. */
export function useRefreshStoryboard(id: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: storyboardKey(id) });
}
