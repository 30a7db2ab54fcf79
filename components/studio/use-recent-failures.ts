"use client";

import { useMemo } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { useGenerations } from "@/hooks/use-generations";
import { recentFailuresList } from "@/lib/queries/studio-lists";
import { MAX_FAILURES_SHOWN } from "./failure-notices";

/** A failure stays in "Needs attention" this long, across reloads, until it is dismissed. */
const RECENT_MS = 24 * 60 * 60_000;

/**
 * The creator's own failures of the last day, read from the server so a reload does not lose
 * them, merged with those just seen; minus the dismissed ones. Canceled ones need no attention.
 */
export function useRecentFailures(
  userId: string,
  seen: GenerationDto[],
  dismissed: readonly string[],
): GenerationDto[] {
  const query = useGenerations(recentFailuresList(userId));
  return useMemo(() => {
    // "The last day" as of the server's answer, so rendering stays pure.
    const since = query.dataUpdatedAt - RECENT_MS;
    const recent = (query.data?.pages[0]?.items ?? []).filter(
      (g) => g.state !== "canceled" && Date.parse(g.finishedAt ?? g.createdAt) >= since,
    );
    const hidden = new Set(dismissed);
    const ids = new Set<string>();
    return [...seen, ...recent]
      .filter((g) => !hidden.has(g.id) && !ids.has(g.id) && ids.add(g.id))
      .slice(0, MAX_FAILURES_SHOWN);
  }, [query.data, query.dataUpdatedAt, seen, dismissed]);
}
