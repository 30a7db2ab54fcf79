"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";
import {
  DISMISSED_FAILURES_COOKIE,
  failureNoticeKeys,
  MAX_DISMISSED_REMEMBERED,
  parseDismissedFailures,
} from "@/lib/queries/studio-lists";

/** Failed generations the creator has not dismissed yet, shared by the create panel and the queue. */
export const MAX_FAILURES_SHOWN = 5;

/**
 * Dismissed failures stay dismissed after a reload (a failure is otherwise re-read from the
 * server). A cookie, not local storage: the server leaves them out of the first HTML, so nothing
 * appears and then vanishes once the script runs.
 */
function readDismissed(): string[] {
  if (typeof document === "undefined") return [];
  const entry = document.cookie.split("; ").find((c) => c.startsWith(`${DISMISSED_FAILURES_COOKIE}=`));
  return parseDismissedFailures(entry?.slice(DISMISSED_FAILURES_COOKIE.length + 1));
}

function writeDismissed(ids: string[]) {
  const year = 365 * 24 * 60 * 60;
  document.cookie = `${DISMISSED_FAILURES_COOKIE}=${encodeURIComponent(ids.join(","))}; path=/; max-age=${year}; samesite=lax`;
}

export function useFailureNotices() {
  const queryClient = useQueryClient();
  const { data: failures = [] } = useQuery({
    queryKey: failureNoticeKeys.seen,
    queryFn: () => [] as GenerationDto[],
    initialData: [] as GenerationDto[],
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const { data: dismissed = [] } = useQuery({
    queryKey: failureNoticeKeys.dismissed,
    queryFn: readDismissed,
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const update = (change: (list: GenerationDto[]) => GenerationDto[]) =>
    queryClient.setQueryData<GenerationDto[]>(failureNoticeKeys.seen, (list = []) => change(list));
  return {
    failures,
    dismissed,
    add: (g: GenerationDto) =>
      update((list) => [g, ...list.filter((f) => f.id !== g.id)].slice(0, MAX_FAILURES_SHOWN)),
    dismiss: (id: string) => {
      update((list) => list.filter((f) => f.id !== id));
      const ids = [id, ...readDismissed().filter((d) => d !== id)].slice(0, MAX_DISMISSED_REMEMBERED);
      queryClient.setQueryData<string[]>(failureNoticeKeys.dismissed, ids);
      writeDismissed(ids);
    },
  };
}
