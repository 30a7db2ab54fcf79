"use client";

import { Trash2 } from "lucide-react";
import { useCallback, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/shell/workspace-context";
import type { ComparedGeneration } from "@/lib/generations/get-generations-to-compare";
import { cn } from "@/lib/utils";
import { CompareControls } from "./compare-controls";
import { CompareTile, tileLetter } from "./compare-tile";
import { useCompareKeys } from "./use-compare-keys";
import { usePick } from "./use-pick";
import { useSyncedPlayback } from "./use-synced-playback";

/** 2–4 videos in a grid, played, paused and sought together, each with its settings. */
export function ComparePlayer({ items }: { items: ComparedGeneration[] }) {
  const sync = useSyncedPlayback(items.length);
  const { setAudible, toggle } = sync;
  // Sound comes from one video at a time; turning it back on brings back the last one heard.
  const lastHeard = useRef(0);
  const listen = useCallback(
    (index: number) => {
      lastHeard.current = index;
      setAudible((current) => (current === index ? null : index));
    },
    [setAudible],
  );
  const toggleSound = () => setAudible((current) => (current === null ? lastHeard.current : null));
  useCompareKeys({ toggle, step: sync.step, sound: toggleSound });
  const workspace = useWorkspace();
  const choice = usePick(items);
  const pickedIndex = items.findIndex((g) => g.id === choice.pickedId);
  const others = items.filter((g) => g.id !== choice.pickedId && !choice.trashed.includes(g.id));
  const mayTrash = others.length > 0 && others.every((g) => workspace.canTouch(g.creator.id, "delete"));

  return (
    <div className="grid gap-4" data-testid="compare-player" data-state={sync.state}>
      <ul
        className={cn(
          "grid gap-x-3 gap-y-5 sm:gap-x-4",
          items.length === 2 ? "grid-cols-1 sm:grid-cols-2" : "grid-cols-2",
        )}
      >
        {items.map((g, i) => (
          <li key={g.id} className="min-w-0">
            <CompareTile
              g={g}
              index={i}
              tall={items.length === 2}
              register={sync.register[i]!}
              audible={sync.audible === i}
              onListen={listen}
              onToggle={toggle}
              picked={choice.pickedId === g.id}
              onPick={workspace.can("generations.favorite") ? choice.pick : undefined}
            />
          </li>
        ))}
      </ul>
      {pickedIndex >= 0 ? (
        <div
          role="status"
          className="flex flex-wrap items-center gap-2 rounded-xl border border-border bg-card px-3 py-2 text-sm"
          data-testid="compare-decision"
        >
          <span className="mr-auto">
            <strong>{tileLetter(pickedIndex)}</strong> is the pick
            {choice.trashed.length ? `; ${choice.trashed.length} sent to the trash` : ""}.
          </span>
          {mayTrash ? (
            <Button
              variant="outline"
              size="sm"
              className="h-11 sm:h-9"
              disabled={choice.pending}
              onClick={choice.trashOthers}
              data-testid="compare-trash-others"
            >
              <Trash2 aria-hidden /> Send the other {others.length === 1 ? "one" : others.length} to the trash
            </Button>
          ) : null}
        </div>
      ) : null}
      <CompareControls
        state={sync.state}
        time={sync.time}
        duration={sync.duration}
        rate={sync.rate}
        soundFrom={sync.audible === null ? null : tileLetter(sync.audible)}
        onToggle={toggle}
        onSeek={sync.seek}
        onRate={sync.setRate}
        onSound={toggleSound}
      />
    </div>
  );
}
