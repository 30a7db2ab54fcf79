import { createLoader, parseAsBoolean, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { REVIEW_FILTERS } from "@/lib/reviews/review-status";

export const GALLERY_STATUSES = ["playable", "failed", "all"] as const;
export const GALLERY_SORTS = ["newest", "oldest"] as const;

/** The gallery's filters in the URL; read by the gallery in the browser and by the page on the server. */
export const galleryFilterParsers = {
  status: parseAsStringLiteral(GALLERY_STATUSES).withDefault("playable"),
  model: parseAsString,
  ar: parseAsString,
  fav: parseAsBoolean.withDefault(false),
  creator: parseAsString,
  q: parseAsString.withDefault(""),
  review: parseAsStringLiteral(REVIEW_FILTERS),
  sort: parseAsStringLiteral(GALLERY_SORTS).withDefault("newest"),
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
  review: (typeof REVIEW_FILTERS)[number] | null;
  sort: (typeof GALLERY_SORTS)[number];
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
      review: f.review ?? "",
      // Newest is the API's default: left out, so the usual first page keeps its cache key.
      sort: f.sort === "oldest" ? "oldest" : "",
    }).filter(([, v]) => v !== ""),
  );
}
