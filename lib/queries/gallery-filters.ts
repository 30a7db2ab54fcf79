import { createLoader, parseAsBoolean, parseAsString, parseAsStringLiteral } from "nuqs/server";

export const GALLERY_STATUSES = ["playable", "failed", "all"] as const;

/** The gallery's filters in the URL; read by the gallery in the browser and by the page on the server. */
export const galleryFilterParsers = {
  status: parseAsStringLiteral(GALLERY_STATUSES).withDefault("playable"),
  model: parseAsString,
  ar: parseAsString,
  fav: parseAsBoolean.withDefault(false),
  creator: parseAsString,
  q: parseAsString.withDefault(""),
};

// The create panel owns `model` and `ar` (its settings); the gallery's filters must not follow
// whatever is being created.
export const galleryFilterUrlKeys = { model: "in_model", ar: "in_ar" };

export const loadGalleryFilters = createLoader(galleryFilterParsers, { urlKeys: galleryFilterUrlKeys });

export interface GalleryFilters {
  status: (typeof GALLERY_STATUSES)[number];
  model: string | null;
  ar: string | null;
  fav: boolean;
  creator: string | null;
  q: string;
}

/** The gallery's filters as `GET /api/generations` query parameters (and query-cache key). */
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
