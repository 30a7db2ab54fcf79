"use client";

import { GripVertical, X } from "lucide-react";
import type { CSSProperties, HTMLAttributes } from "react";
import type { UploadedImage } from "./upload-image";
import type { PendingUpload } from "./use-image-uploads";

// Every tile has this fixed size, so a thumbnail arriving never moves the form.
const TILE = "relative size-20 shrink-0 overflow-hidden rounded-lg border border-border bg-muted";

export function ImageThumb({
  image,
  alt,
  disabled,
  onRemove,
  attach,
  style,
  handle,
  attachHandle,
}: {
  image: UploadedImage;
  alt: string;
  disabled?: boolean;
  onRemove: () => void;
  attach?: (tile: HTMLLIElement | null) => void;
  style?: CSSProperties;
  /** A drag handle, for tiles that can be reordered. */
  handle?: { label: string; props: HTMLAttributes<HTMLButtonElement> };
  attachHandle?: (button: HTMLButtonElement | null) => void;
}) {
  return (
    <li ref={attach} style={style} className={TILE} data-testid="image-thumb" data-image-id={image.id}>
      {/* eslint-disable-next-line @next/next/no-img-element -- signed, expiring URLs: the optimizer would cache them under a dead key */}
      <img src={image.url} alt={alt} width={80} height={80} className="size-full object-cover" />
      {handle ? (
        <button
          type="button"
          ref={attachHandle}
          {...handle.props}
          aria-label={handle.label}
          disabled={disabled}
          data-testid="image-move"
          className="absolute bottom-1 left-1 grid size-7 cursor-grab touch-none place-items-center rounded-full bg-background/90 text-foreground shadow-sm hover:bg-background disabled:opacity-50"
        >
          <GripVertical aria-hidden className="size-4" />
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Remove image"
        disabled={disabled}
        onClick={onRemove}
        className="absolute top-1 right-1 grid size-7 place-items-center rounded-full bg-background/90 text-foreground shadow-sm hover:bg-background disabled:opacity-50"
      >
        <X aria-hidden className="size-4" />
      </button>
    </li>
  );
}

export function UploadProgressTile({ upload }: { upload: PendingUpload }) {
  return (
    <li className={`${TILE} flex flex-col justify-end gap-1 p-2`}>
      <span className="truncate text-[11px] text-muted-foreground" title={upload.name}>
        {upload.name}
      </span>
      <div
        role="progressbar"
        aria-label={`Uploading ${upload.name}`}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={upload.progress}
        data-testid="upload-progress"
        className="h-1.5 w-full overflow-hidden rounded-full bg-border"
      >
        <div className="h-full bg-primary transition-[width]" style={{ width: `${upload.progress}%` }} />
      </div>
    </li>
  );
}
