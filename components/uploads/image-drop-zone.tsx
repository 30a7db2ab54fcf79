"use client";

import { Camera, ImagePlus } from "lucide-react";
import { lazy, Suspense, useId, useRef, type ReactNode } from "react";
import { useDropzone } from "react-dropzone";
import { Button } from "@/components/ui/button";
import { ACCEPTED_IMAGE_TYPES } from "@/lib/uploads/rules";
import { cn } from "@/lib/utils";
import { ImageThumb, UploadProgressTile } from "./image-tiles";
import type { UploadedImage } from "./upload-image";
import type { ImageSlot, PendingUpload } from "./use-image-uploads";

const ACCEPT = ACCEPTED_IMAGE_TYPES.join(",");

// Dragging (dnd-kit) is only useful with two images or more: it is not in the studio's first load.
const SortableThumbs = lazy(() => import("./sortable-thumbs").then((m) => ({ default: m.SortableThumbs })));

export interface ImageDropZoneProps {
  slot: ImageSlot;
  title: string;
  /** Shown under the title: what the zone is for, or why it is disabled. */
  hint: ReactNode;
  images: UploadedImage[];
  pending: PendingUpload[];
  error: string | null;
  multiple: boolean;
  /** No new images (the model forbids them, or the form is busy). */
  disabled: boolean;
  /** The whole form is busy: images cannot be removed either. */
  locked: boolean;
  testIds: { zone: string; file: string; camera: string };
  altFor: (index: number) => string;
  onFiles: (files: File[]) => void;
  onRemove: (id: string) => void;
  /** Set for a zone whose images have an order (reference images): they can be dragged. */
  onReorder?: (ids: string[]) => void;
}

/** One drop target: drag and drop, a file picker, the phone camera; paste is routed by ImageInputs. */
export function ImageDropZone(props: ImageDropZoneProps) {
  const { slot, title, hint, images, pending, error, multiple, disabled, testIds } = props;
  const titleId = useId();
  const hintId = useId();
  const errorId = useId();
  const cameraRef = useRef<HTMLInputElement>(null);
  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    onDrop: (accepted, rejected) => props.onFiles([...accepted, ...rejected.map((r) => r.file)]),
    multiple,
    disabled,
    noClick: true,
    noKeyboard: true,
    noPaste: true,
  });

  const pendingTiles = pending.map((upload) => <UploadProgressTile key={upload.key} upload={upload} />);
  const plainList = (
    <ul className="flex flex-wrap gap-2" aria-label={title}>
      {images.map((image, index) => (
        <ImageThumb
          key={image.id}
          image={image}
          alt={props.altFor(index)}
          disabled={props.locked}
          onRemove={() => props.onRemove(image.id)}
        />
      ))}
      {pendingTiles}
    </ul>
  );

  return (
    <div
      {...getRootProps({
        role: "group",
        "aria-labelledby": titleId,
        "aria-describedby": error ? `${hintId} ${errorId}` : hintId,
        // Focusable by click only, so a paste after clicking the zone lands in this zone.
        tabIndex: -1,
      })}
      data-testid={testIds.zone}
      data-slot={slot}
      data-disabled={disabled || undefined}
      className={cn(
        "grid gap-2 rounded-xl border border-dashed border-border bg-background p-3 outline-none transition-colors",
        isDragActive && "border-primary bg-accent",
        disabled && "opacity-60",
      )}
    >
      <div className="grid gap-0.5">
        <span id={titleId} className="text-sm font-medium">
          {title}
        </span>
        <span id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </span>
      </div>

      <div className="flex min-h-20 flex-wrap items-center gap-2">
        {props.onReorder && images.length > 1 ? (
          <Suspense fallback={plainList}>
            <SortableThumbs
              images={images}
              altFor={props.altFor}
              disabled={props.locked}
              onRemove={props.onRemove}
              onReorder={props.onReorder}
              label={title}
              after={pendingTiles}
            />
          </Suspense>
        ) : (
          plainList
        )}
        <div className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="outline" size="sm" disabled={disabled} onClick={open}>
            <ImagePlus aria-hidden />
            {images.length > 0 && !multiple ? "Replace" : "Choose image"}
          </Button>
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={disabled}
            onClick={() => cameraRef.current?.click()}
            className="hidden pointer-coarse:inline-flex"
          >
            <Camera aria-hidden />
            Camera
          </Button>
          <span className="hidden text-xs text-muted-foreground pointer-fine:inline">
            or drop, or paste with Ctrl/⌘+V
          </span>
        </div>
      </div>

      <input
        {...getInputProps({ accept: ACCEPT, "aria-label": `${title}: choose a file` })}
        data-testid={testIds.file}
      />
      <input
        ref={cameraRef}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        disabled={disabled}
        aria-label={`${title}: take a photo`}
        data-testid={testIds.camera}
        onChange={(e) => {
          props.onFiles(Array.from(e.target.files ?? []));
          e.target.value = "";
        }}
      />

      {error && (
        <p id={errorId} role="alert" data-testid="upload-error" className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
