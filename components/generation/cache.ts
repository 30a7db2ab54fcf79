"use client";

import type { QueryClient } from "@tanstack/react-query";
import type { GenerationDto } from "@/lib/generations/dto";
import { generationKeys } from "@/hooks/use-generations";

type Change = (g: GenerationDto) => GenerationDto | null;

/**
 * Applies one change to every cached copy of a generation under `generationKeys.all`: the detail
 * entry and any list (infinite pages or a plain `{ items }`). `null` removes it from lists.
 * Unrelated cache shapes are returned untouched.
 */
export function updateCachedGeneration(queryClient: QueryClient, id: string, change: Change) {
  queryClient.setQueriesData({ queryKey: generationKeys.all }, (data: unknown) => patch(data, id, change));
}

function patch(data: unknown, id: string, change: Change): unknown {
  if (!data || typeof data !== "object") return data;
  if ("pages" in data && Array.isArray(data.pages)) {
    let touched = false;
    const pages = data.pages.map((page: unknown) => {
      const next = patchItems(page, id, change);
      touched ||= next !== page;
      return next;
    });
    return touched ? { ...data, pages } : data;
  }
  if ("items" in data) return patchItems(data, id, change);
  if ("id" in data && data.id === id) return change(data as GenerationDto) ?? data;
  return data;
}

function patchItems(page: unknown, id: string, change: Change): unknown {
  if (!page || typeof page !== "object" || !("items" in page) || !Array.isArray(page.items)) return page;
  if (!page.items.some((g: GenerationDto) => g.id === id)) return page;
  const items = page.items.flatMap((g: GenerationDto) => (g.id === id ? (change(g) ?? []) : [g]));
  return { ...page, items };
}
