"use client";

import { Sparkles } from "lucide-react";
import { useEffect, useRef } from "react";
import { useGenerations } from "@/lib/queries/generations";
import { GenerationActions } from "@/components/generation/generation-actions";
import { canDeleteGeneration } from "@/lib/generations/can-delete-generation";
import { hasRole, type Role } from "@/lib/auth/roles";
import { GenerationCard } from "./generation-card";
import { GalleryFilters } from "./gallery-filters";
import { toListParams, useGalleryFilters } from "./use-gallery-filters";

export interface Viewer {
  userId: string;
  role: Role;
}

export function Gallery({ members, viewer }: { members: { id: string; name: string }[]; viewer: Viewer }) {
  const isMember = hasRole(viewer.role, "member");
  const [filters] = useGalleryFilters();
  const query = useGenerations(toListParams(filters));
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  const sentinel = useInfiniteScroll(() => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  }, items.length);
  const filtered = Boolean(
    filters.q ||
    filters.model ||
    filters.ar ||
    filters.fav ||
    filters.creator ||
    filters.status !== "playable",
  );

  return (
    <div className="grid gap-4">
      <GalleryFilters members={members} />
      {query.isPending ? (
        <p className="text-sm text-muted-foreground">Loading videos…</p>
      ) : query.isError ? (
        <p role="alert" className="text-sm text-danger">
          {query.error.message}
        </p>
      ) : items.length === 0 ? (
        <div
          className="grid place-items-center rounded-2xl border border-dashed border-border px-6 py-16 text-center"
          data-testid="gallery-empty"
        >
          <Sparkles aria-hidden className="mb-3 size-8 text-primary" />
          <p className="font-medium">{filtered ? "Nothing matches these filters" : "No videos yet"}</p>
          <p className="max-w-sm text-sm text-muted-foreground">
            {filtered
              ? "Try fewer filters or another search."
              : "Write a prompt and press Generate. Your team's videos appear here too."}
          </p>
        </div>
      ) : (
        <ul className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-3" data-testid="gallery">
          {items.map((g, index) => (
            <li key={g.id}>
              <GenerationCard
                generation={g}
                priority={index < 4}
                actions={
                  <GenerationActions
                    generation={g}
                    variant="card"
                    can={{
                      favorite: isMember,
                      remix: isMember,
                      delete: canDeleteGeneration(viewer, g.creator.id),
                    }}
                  />
                }
              />
            </li>
          ))}
        </ul>
      )}
      <div ref={sentinel} aria-hidden className="h-px" />
      {query.isFetchingNextPage ? (
        <p className="text-center text-sm text-muted-foreground">Loading more…</p>
      ) : null}
    </div>
  );
}

/** Calls `onVisible` whenever the returned element is near the viewport (re-checked as `size` grows). */
function useInfiniteScroll(onVisible: () => void, size: number) {
  const ref = useRef<HTMLDivElement>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && callback.current(),
      {
        rootMargin: "600px",
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [size]);
  return ref;
}
