"use client";

import { parseAsBoolean, parseAsString, parseAsStringLiteral, useQueryStates } from "nuqs";

export const GALLERY_STATUSES = ["playable", "failed", "all"] as const;

/** The gallery's filters live in the URL: shareable, and the back button undoes a filter change. */
export function useGalleryFilters() {
  return useQueryStates(
    {
      status: parseAsStringLiteral(GALLERY_STATUSES).withDefault("playable"),
      model: parseAsString,
      ar: parseAsString,
      fav: parseAsBoolean.withDefault(false),
      creator: parseAsString,
      q: parseAsString.withDefault(""),
    },
    {
      history: "push",
      scroll: false,
      // The create panel owns `model` and `ar` (its settings); the gallery's filters must not
      // follow whatever is being created.
      urlKeys: { model: "in_model", ar: "in_ar" },
    },
  );
}

export type GalleryFilters = ReturnType<typeof useGalleryFilters>[0];

export function toListParams(f: GalleryFilters): Record<string, string> {
  return Object.fromEntries(
    Object.entries({
      status: f.status,
      model: f.model ?? "",
      aspectRatio: f.ar ?? "",
      favorite: f.fav ? "true" : "",
      creator: f.creator ?? "",
      q: f.q.trim(),
    }).filter(([, v]) => v !== ""),
  );
}
