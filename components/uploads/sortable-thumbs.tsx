"use client";

import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from "@dnd-kit/core";
import {
  arrayMove,
  rectSortingStrategy,
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
} from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { useId, type ReactNode } from "react";
import { ImageThumb } from "./image-tiles";
import type { UploadedImage } from "./upload-image";

/**
 * Reference images in the order they reach the upstream, reordered by dragging a tile's handle
 * (pointer or touch), or from the keyboard: focus the handle, Space, arrows, Space.
 */
export function SortableThumbs(props: {
  images: UploadedImage[];
  altFor: (index: number) => string;
  disabled: boolean;
  onRemove: (id: string) => void;
  onReorder: (ids: string[]) => void;
  /** The list's label, and what follows the images in it (uploads in progress). */
  label: string;
  after: ReactNode;
}) {
  const { images } = props;
  // A small move before a drag starts, so a tap on the handle is not a drag.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const ids = images.map((i) => i.id);
    props.onReorder(arrayMove(ids, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  };
  const position = (id: unknown) => images.findIndex((i) => i.id === id) + 1;

  return (
    <DndContext
      // A stable id: dnd-kit's generated ones differ between the server's HTML and the browser.
      id={useId()}
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        screenReaderInstructions: {
          draggable:
            "To reorder, press Space, move with the arrow keys, then press Space again; Escape cancels.",
        },
        announcements: {
          onDragStart: ({ active }) => `Picked up reference image ${position(active.id)}.`,
          onDragOver: ({ over }) => (over ? `Over position ${position(over.id)}.` : undefined),
          onDragEnd: ({ over }) => (over ? `Dropped at position ${position(over.id)}.` : "Dropped."),
          onDragCancel: () => "Reordering canceled.",
        },
      }}
    >
      {/* The list inside the context: dnd-kit's live region sits beside it, never inside a <ul>. */}
      <ul className="flex flex-wrap gap-2" aria-label={props.label}>
        <SortableContext
          items={images.map((i) => i.id)}
          strategy={rectSortingStrategy}
          disabled={props.disabled}
        >
          {images.map((image, index) => (
            <SortableThumb
              key={image.id}
              image={image}
              alt={props.altFor(index)}
              index={index}
              disabled={props.disabled}
              onRemove={() => props.onRemove(image.id)}
            />
          ))}
        </SortableContext>
        {props.after}
      </ul>
    </DndContext>
  );
}

function SortableThumb(props: {
  image: UploadedImage;
  alt: string;
  index: number;
  disabled: boolean;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: props.image.id, disabled: props.disabled });
  return (
    <ImageThumb
      attach={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        zIndex: isDragging ? 10 : undefined,
      }}
      image={props.image}
      alt={props.alt}
      disabled={props.disabled}
      onRemove={props.onRemove}
      attachHandle={setActivatorNodeRef}
      handle={{
        label: `Move reference image ${props.index + 1}`,
        props: { ...attributes, ...listeners },
      }}
    />
  );
}
