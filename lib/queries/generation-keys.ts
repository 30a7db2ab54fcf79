import type { GenerationDto } from "@/lib/generations/dto";

/** Query-string filters of `GET /api/generations` (see listQuerySchema). */
export type ListParams = Record<string, string>;

export type ListedGeneration = GenerationDto;

export interface GenerationPage {
  items: ListedGeneration[];
  nextCursor: string | null;
  /** "similar": nothing matched the search as typed; these are the closest prompts, best first. */
  match?: "similar";
}

/** TanStack Query keys; shared with the server, which fills the gallery's first page into the cache. */
export const generationKeys = {
  all: ["generations"] as const,
  lists: () => [...generationKeys.all, "list"] as const,
  list: (params: ListParams) => [...generationKeys.lists(), params] as const,
  detail: (id: string) => [...generationKeys.all, "detail", id] as const,
};
