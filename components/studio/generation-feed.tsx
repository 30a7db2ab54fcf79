"use client";

import { Sparkles } from "lucide-react";
import { useGenerations } from "@/lib/queries/generations";
import { Button } from "@/components/ui/button";
import { GenerationCard } from "./generation-card";

export function GenerationFeed() {
  const query = useGenerations({ status: "all" });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];

  if (query.isPending) return <p className="text-sm text-muted-foreground">Loading your videos…</p>;
  if (query.isError)
    return (
      <p role="alert" className="text-sm text-danger">
        {query.error.message}
      </p>
    );
  if (items.length === 0) {
    return (
      <div className="grid place-items-center rounded-2xl border border-dashed border-border px-6 py-16 text-center">
        <Sparkles aria-hidden className="mb-3 size-8 text-primary" />
        <p className="font-medium">No videos yet</p>
        <p className="max-w-sm text-sm text-muted-foreground">
          Write a prompt and press Generate. Your team&apos;s videos appear here too.
        </p>
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-3" data-testid="generation-list">
        {items.map((g) => (
          <li key={g.id}>
            <GenerationCard generation={g} />
          </li>
        ))}
      </ul>
      {query.hasNextPage ? (
        <Button
          variant="outline"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
