"use client";

import { memo, Suspense } from "react";
import { HydrateWhen } from "@/components/ui/hydrate-when";
import type { GenerationDto } from "@/lib/generations/dto";
import { GenerationToolbar } from "@/components/generation/generation-toolbar";
import { useWorkspace } from "@/components/shell/workspace-context";
import { GenerationCard } from "./generation-card";
import { SelectToggle } from "./select-toggle";

/**
 * One card of the gallery with its toolbar or select box. Memoised on plain props: the gallery
 * re-renders often while a page settles (measured, time zone known, lists refetched, the queue
 * ticking) and each of those used to rebuild every card — seven times each while a phone loaded
 * the studio. A card whose video, place and mode are unchanged now renders once.
 */
export const GalleryItem = memo(function GalleryItem({
  generation: g,
  index,
  selecting,
  selected,
  compareHref,
  onToggle,
  search,
  idle,
}: {
  generation: GenerationDto;
  index: number;
  selecting: boolean;
  selected: boolean;
  compareHref: string | undefined;
  /** Stable across renders (the gallery keeps it in a ref). */
  onToggle: (id: string, range: boolean) => void;
  search?: string;
  /** Settles when the page is first idle: a card in the server's HTML is hydrated then. */
  idle: Promise<void>;
}) {
  const workspace = useWorkspace();
  return (
    // Server-rendered like any card, but hydrated when the page is idle or a person reaches it,
    // not with the page: the first page's cards were most of a phone's blocking time at load.
    <Suspense>
      <HydrateWhen until={idle}>
        <GenerationCard
          generation={g}
          // The first page (24) is in the HTML: its stills start loading with it (a lazy one waits
          // for layout, behind the scripts, and on a phone the largest paint can be one of them).
          loading={index < 4 ? "high" : index < 24 ? "eager" : "lazy"}
          compareHref={compareHref}
          search={search}
          select={
            selecting ? (
              <SelectToggle
                checked={selected}
                label={`Select: ${g.prompt}`}
                onToggle={(range) => onToggle(g.id, range)}
              />
            ) : null
          }
          actions={
            selecting ? null : (
              <GenerationToolbar
                generation={g}
                variant="card"
                can={{
                  favorite: workspace.can("generations.favorite"),
                  remix: workspace.can("generations.create"),
                  delete: workspace.canTouch(g.creator.id, "delete"),
                  share: workspace.can("shares.create"),
                }}
              />
            )
          }
        />
      </HydrateWhen>
    </Suspense>
  );
});
