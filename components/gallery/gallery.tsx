"use client";

import { CheckSquare, Sparkles } from "lucide-react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useGenerations } from "@/hooks/use-generations";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { LazyBulkBar } from "./lazy-bulk-bar";
import { useIdle } from "@/hooks/use-idle";
import { batchCompareLinks, compareChoice } from "@/components/gallery/compare-choice";
import { JustifiedGrid } from "@/components/gallery/justified-grid";
import { useBulkActions } from "@/components/gallery/use-bulk-actions";
import { useSelection } from "@/components/gallery/use-selection";
import { LazyShareDialog } from "@/components/shares/lazy-share-dialog";
import { LazyTransferDialog } from "./lazy-transfer-dialog";
import { GalleryItem } from "./gallery-item";
import { GalleryFilters } from "./gallery-filters";
import { toListParams, useGalleryFilters } from "./use-gallery-filters";

export function Gallery({ members }: { members: { id: string; name: string }[] }) {
  const workspace = useWorkspace();
  const [filters] = useGalleryFilters();
  const query = useGenerations(toListParams(filters));
  const items = useMemo(() => query.data?.pages.flatMap((p) => p.items) ?? [], [query.data]);
  const sentinel = useInfiniteScroll(() => {
    if (query.hasNextPage && !query.isFetchingNextPage) void query.fetchNextPage();
  }, items.length);
  const [selecting, setSelecting] = useState(false);
  const [sharingReel, setSharingReel] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const selection = useSelection();
  const idle = useIdle();
  const order = useMemo(() => items.map((g) => g.id), [items]);
  const checked = order.filter((id) => selection.selected.has(id));
  // One function for every card's select box, whatever the order is now (cards are memoised).
  const orderRef = useRef(order);
  useEffect(() => {
    orderRef.current = order;
  });
  const { toggle: toggleSelected } = selection;
  const toggle = useCallback(
    (id: string, range: boolean) => toggleSelected(id, orderRef.current, range),
    [toggleSelected],
  );
  const bulk = useBulkActions(checked, selection.clear);
  const compare = compareChoice(items.filter((g) => selection.selected.has(g.id)));
  const batchLinks = useMemo(() => batchCompareLinks(items), [items]);
  const filtered = Boolean(
    filters.q ||
    filters.model ||
    filters.ar ||
    filters.fav ||
    filters.creator ||
    filters.review ||
    filters.status !== "playable",
  );
  const zipHref =
    checked.length > 0
      ? `/api/generations/zip?${new URLSearchParams({ ids: checked.join(","), workspaceId: workspace.id })}`
      : null;
  const stopSelecting = () => {
    selection.clear();
    setSelecting(false);
  };

  return (
    <div className="grid gap-3">
      <GalleryFilters members={members}>
        {items.length > 0 && !selecting ? (
          <Button
            variant="outline"
            size="sm"
            className="h-11 sm:h-9"
            onClick={() => setSelecting(true)}
            data-testid="select-mode"
          >
            <CheckSquare aria-hidden /> Select
          </Button>
        ) : null}
      </GalleryFilters>
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
        <>
          {query.data?.pages[0]?.match === "similar" ? (
            // Said before the cards, in words: these are not what was typed, only close to it.
            <p className="text-sm text-muted-foreground" data-testid="search-similar" role="status">
              No prompt contains “{filters.q}”. Closest matches:
            </p>
          ) : null}
          <JustifiedGrid
            items={items}
            renderCard={(g, index) => (
              <GalleryItem
                generation={g}
                index={index}
                selecting={selecting}
                selected={selecting && selection.selected.has(g.id)}
                compareHref={g.batch ? batchLinks.get(g.batch.id) : undefined}
                onToggle={toggle}
                search={filters.q || undefined}
                idle={idle}
              />
            )}
          />
        </>
      )}
      <div ref={sentinel} aria-hidden className="h-px" />
      {query.isFetchingNextPage ? (
        <p className="text-center text-sm text-muted-foreground">Loading more…</p>
      ) : null}
      {selecting ? (
        <LazyBulkBar
          count={checked.length}
          actions={bulk}
          can={{
            favorite: workspace.can("generations.favorite"),
            delete: workspace.can("generations.delete.own"),
            share: workspace.can("shares.create"),
          }}
          zipHref={zipHref}
          compare={compare}
          onShareReel={() => setSharingReel(true)}
          onTransfer={
            workspace.can("generations.create") && workspace.destinations.length
              ? () => setTransferring(true)
              : undefined
          }
          onDone={stopSelecting}
        />
      ) : null}
      {transferring ? (
        <LazyTransferDialog
          open
          onOpenChange={setTransferring}
          ids={checked}
          mayMove={checked.every((id) => {
            const g = items.find((item) => item.id === id);
            return g ? workspace.canTouch(g.creator.id, "delete") : false;
          })}
          onDone={stopSelecting}
        />
      ) : null}
      {sharingReel ? (
        <LazyShareDialog
          open
          onOpenChange={setSharingReel}
          generationIds={checked}
          what={`these ${checked.length} videos, one after another`}
        />
      ) : null}
    </div>
  );
}

/**
 * Calls `onVisible` whenever the returned element is near the viewport (re-checked as `size`
 * grows). "Near" (600 px ahead) counts once the person has scrolled: on a phone the first page
 * ends within 600 px of the first screen, and fetching and drawing a second page while the first
 * one hydrates was the load's longest task, for cards nobody has reached yet. A first page that
 * does not fill the screen still loads the next one at once.
 */
function useInfiniteScroll(onVisible: () => void, size: number) {
  const ref = useRef<HTMLDivElement>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let near = false;
    let scrolled = window.scrollY > 0;
    const check = () => {
      if (!near) return;
      const inView = element.getBoundingClientRect().top < window.innerHeight;
      if (scrolled || inView) callback.current();
    };
    const observer = new IntersectionObserver(
      (entries) => {
        near = entries.some((e) => e.isIntersecting);
        check();
      },
      { rootMargin: "600px" },
    );
    const onScroll = () => {
      scrolled = true;
      check();
    };
    observer.observe(element);
    if (!scrolled) window.addEventListener("scroll", onScroll, { passive: true, once: true });
    return () => {
      observer.disconnect();
      window.removeEventListener("scroll", onScroll);
    };
  }, [size]);
  return ref;
}
