"use client";

import { useQueryStates } from "nuqs";
import { galleryFilterParsers, galleryFilterUrlKeys } from "@/lib/queries/gallery-filters";

export { GALLERY_STATUSES, toListParams, type GalleryFilters } from "@/lib/queries/gallery-filters";

/** The gallery's filters live in the URL: shareable, and the back button undoes a filter change. */
export function useGalleryFilters() {
  return useQueryStates(galleryFilterParsers, {
    history: "push",
    scroll: false,
    urlKeys: galleryFilterUrlKeys,
  });
}
