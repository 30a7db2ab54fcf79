"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowLeft, Plus, Trash2 } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import {
  addShotAction,
  deleteStoryboardAction,
  reorderShotsAction,
  updateStoryboardAction,
} from "@/lib/actions/storyboard-actions";
import { getModel } from "@/lib/grok/catalog";
import type { ShotDto, StoryboardDto } from "@/lib/storyboards/storyboard-dto";
import { FilmPanel } from "./film-panel";
import type { CastOption } from "@/lib/characters/cast-options";
import { RunBar } from "./run-bar";
import { ShotCard } from "./shot-card";
import { useBoardAction } from "./use-board-action";
import { useStoryboard } from "./use-storyboard";

/**
 * A storyboard: its shots as a vertical list (reordered by the handle — drag, touch, or keyboard:
 * Space, arrows, Space), the run, and the film. Reads stay fresh while anything is under way.
 */
export function StoryboardEditor({
  initial,
  cast,
  canEdit,
}: {
  initial: StoryboardDto;
  cast: CastOption[];
  canEdit: boolean;
}) {
  const { data: board } = useStoryboard(initial);
  const rename = useBoardAction(board.id, updateStoryboardAction);
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const remove = useBoardAction(board.id, deleteStoryboardAction, {
    success: () => "Storyboard deleted. Its takes stay in the gallery.",
  });
  const add = useBoardAction(board.id, addShotAction);
  const reorder = useBoardAction(board.id, reorderShotsAction);
  // While a reorder is saved, the list shows the new order.
  const [order, setOrder] = useState<string[] | null>(null);
  const byId = new Map(board.shots.map((s) => [s.id, s]));
  const shots = order && order.every((id) => byId.has(id)) ? order.map((id) => byId.get(id)!) : board.shots;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 150, tolerance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = shots.map((s) => s.id);
    const next = arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id)));
    setOrder(next);
    reorder.mutate({ storyboardId: board.id, shotIds: next }, { onSettled: () => setOrder(null) });
  };
  const position = (id: unknown) => shots.findIndex((s) => s.id === id) + 1;
  const model = getModel(board.model);

  return (
    <div className="mx-auto grid w-full max-w-3xl min-w-0 grid-cols-1 gap-4" data-testid="storyboard-editor">
      <div className="grid gap-1">
        <Link
          href="/storyboards"
          className="inline-flex min-h-11 w-fit items-center gap-1 text-sm text-muted-foreground hover:text-foreground sm:min-h-9"
        >
          <ArrowLeft aria-hidden className="size-4" /> Storyboards
        </Link>
        <input
          aria-label="Title"
          defaultValue={board.title}
          key={board.title}
          readOnly={!canEdit}
          maxLength={120}
          className="rounded-lg bg-transparent text-xl font-semibold outline-none focus:ring-2 focus:ring-ring"
          onBlur={(e) => {
            if (e.target.value !== board.title)
              rename.mutate({ storyboardId: board.id, title: e.target.value });
          }}
        />
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-muted-foreground">
            {model?.label ?? board.model} · {board.aspectRatio} · {board.resolution} · {board.shots.length}{" "}
            {board.shots.length === 1 ? "shot" : "shots"}
          </p>
          {canEdit && (
            <Button
              variant={confirming ? "danger" : "ghost"}
              size="sm"
              className="ml-auto"
              data-testid="delete-storyboard"
              disabled={remove.isPending}
              onBlur={() => setConfirming(false)}
              onClick={() =>
                confirming
                  ? remove.mutate(
                      { storyboardId: board.id },
                      { onSuccess: () => router.push("/storyboards") },
                    )
                  : setConfirming(true)
              }
            >
              <Trash2 aria-hidden /> {confirming ? "Delete? Its takes stay in the gallery" : "Delete"}
            </Button>
          )}
        </div>
      </div>

      <RunBar board={board} canEdit={canEdit} />

      <DndContext
        id={useId()}
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: {
            draggable:
              "To move a shot, press Space, move with the arrow keys, then press Space again; Escape cancels.",
          },
          announcements: {
            onDragStart: ({ active }) => `Picked up shot ${position(active.id)}.`,
            onDragOver: ({ over }) => (over ? `Over position ${position(over.id)}.` : undefined),
            onDragEnd: ({ over }) => (over ? `Dropped at position ${position(over.id)}.` : "Dropped."),
            onDragCancel: () => "Moving canceled.",
          },
        }}
      >
        <ol className="grid min-w-0 grid-cols-1 gap-3" aria-label="Shots" data-testid="shots">
          <SortableContext
            items={shots.map((s) => s.id)}
            strategy={verticalListSortingStrategy}
            disabled={!canEdit}
          >
            {shots.map((shot, index) => (
              <SortableShot
                key={shot.id}
                board={board}
                cast={cast}
                shot={{ ...shot, position: index }}
                canEdit={canEdit}
              />
            ))}
          </SortableContext>
        </ol>
      </DndContext>
      {canEdit && (
        <Button
          variant="outline"
          data-testid="add-shot"
          disabled={add.isPending}
          onClick={() => add.mutate({ storyboardId: board.id })}
        >
          <Plus aria-hidden /> Add a shot
        </Button>
      )}

      <FilmPanel board={board} canEdit={canEdit} />
    </div>
  );
}

function SortableShot({
  board,
  cast,
  shot,
  canEdit,
}: {
  board: StoryboardDto;
  cast: CastOption[];
  shot: ShotDto;
  canEdit: boolean;
}) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: shot.id,
  });
  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={isDragging ? "relative z-10 min-w-0 opacity-80" : "min-w-0"}
    >
      <ShotCard
        board={board}
        cast={cast}
        shot={shot}
        canEdit={canEdit}
        handle={{ ...attributes, ...listeners }}
      />
    </li>
  );
}
