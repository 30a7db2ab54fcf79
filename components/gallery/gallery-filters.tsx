"use client";

import { useWorkspace } from "@/components/shell/workspace-context";
import { Search, Star } from "lucide-react";
import { useEffect, useState, type ReactNode } from "react";
import { ASPECT_RATIOS, MODELS } from "@/lib/grok/catalog";
import { REVIEW_FILTERS, REVIEW_LABELS } from "@/lib/reviews/review-status";
import { cn } from "@/lib/utils";
import { useGalleryFilters } from "./use-gallery-filters";

const selectClass = "h-11 rounded-lg border border-border bg-background px-2 text-base sm:h-9 sm:text-sm";

export function GalleryFilters({
  members,
  children,
}: {
  members: { id: string; name: string }[];
  /** First in the strip (the Select button): on a phone, one row less above the videos. */
  children?: ReactNode;
}) {
  const [filters, setFilters] = useGalleryFilters();
  const workspace = useWorkspace();
  // Typing is debounced into the URL so each keystroke is not a history entry.
  const [q, setQ] = useState(filters.q);
  useEffect(() => {
    const id = setTimeout(() => {
      if (q !== filters.q) void setFilters({ q: q || null }, { history: "replace" });
    }, 300);
    return () => clearTimeout(id);
  }, [q, filters.q, setFilters]);

  return (
    // One strip that scrolls sideways on a phone, search first (rows of selects were a whole
    // screen above the first video); wider screens give the search its own row and wrap the rest.
    <div
      className="relative -mx-4 flex items-center gap-2 overflow-x-auto px-4 [scrollbar-width:none] *:shrink-0 sm:mx-0 sm:flex-wrap sm:overflow-visible sm:px-0"
      role="search"
      aria-label="Filter videos"
    >
      <label className="relative block w-44 sm:w-full">
        <span className="sr-only">Search prompts</span>
        <Search
          aria-hidden
          className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground"
        />
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search prompts"
          data-testid="search"
          className="h-11 w-full rounded-lg border border-border bg-background pr-3 pl-9 text-base sm:text-sm"
        />
      </label>
      {children}
      <select
        aria-label="Filter by status"
        value={filters.status}
        onChange={(e) => void setFilters({ status: e.target.value as typeof filters.status })}
        className={selectClass}
        data-testid="filter-status"
      >
        <option value="playable">Ready</option>
        <option value="failed">Failed</option>
        <option value="all">All</option>
      </select>
      <select
        aria-label="Sort videos"
        value={filters.sort}
        onChange={(e) => void setFilters({ sort: e.target.value === "oldest" ? "oldest" : null })}
        className={selectClass}
        data-testid="sort"
      >
        <option value="newest">Newest first</option>
        <option value="oldest">Oldest first</option>
      </select>
      <select
        aria-label="Filter by model"
        value={filters.model ?? ""}
        onChange={(e) => void setFilters({ model: e.target.value || null })}
        className={selectClass}
        data-testid="filter-model"
      >
        <option value="">All models</option>
        {MODELS.map((m) => (
          <option key={m.id} value={m.id}>
            {m.label}
          </option>
        ))}
      </select>
      <select
        aria-label="Filter by aspect ratio"
        value={filters.ar ?? ""}
        onChange={(e) => void setFilters({ ar: e.target.value || null })}
        className={selectClass}
        data-testid="filter-aspect"
      >
        <option value="">All shapes</option>
        {ASPECT_RATIOS.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      {members.length > 1 ? (
        <select
          aria-label="Filter by creator"
          value={filters.creator ?? ""}
          onChange={(e) => void setFilters({ creator: e.target.value || null })}
          className={selectClass}
          data-testid="filter-creator"
        >
          <option value="">Everyone</option>
          <option value={workspace.userId}>Mine</option>
          {members
            .filter((m) => m.id !== workspace.userId)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name}
              </option>
            ))}
        </select>
      ) : null}
      {workspace.personal ? null : (
        <select
          aria-label="Filter by review status"
          value={filters.review ?? ""}
          onChange={(e) =>
            void setFilters({ review: REVIEW_FILTERS.find((r) => r === e.target.value) ?? null })
          }
          className={selectClass}
          data-testid="filter-review"
        >
          <option value="">Any review status</option>
          {REVIEW_FILTERS.map((r) => (
            <option key={r} value={r}>
              {REVIEW_LABELS[r]}
            </option>
          ))}
        </select>
      )}
      <button
        type="button"
        aria-pressed={filters.fav}
        data-testid="filter-favorites"
        onClick={() => void setFilters({ fav: !filters.fav || null })}
        className={cn(
          "inline-flex h-11 items-center gap-1.5 rounded-lg border border-border px-3 text-sm sm:h-9",
          filters.fav ? "border-primary bg-accent font-medium" : "text-muted-foreground hover:bg-muted",
        )}
      >
        <Star aria-hidden className={cn("size-4", filters.fav && "fill-current text-warning")} /> Favourites
      </button>
    </div>
  );
}
