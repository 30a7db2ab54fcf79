"use client";

import { Download, Ellipsis, Share2, Trash2 } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { cn } from "@/lib/utils";

const itemClass =
  "flex min-h-11 cursor-pointer select-none items-center gap-2 rounded-md px-3 text-sm outline-none data-[highlighted]:bg-muted data-[disabled]:pointer-events-none data-[disabled]:opacity-50";

/**
 * A gallery card has room for two or three 44 px buttons on a phone; the less frequent actions
 * live behind "More" so every target stays large enough for a thumb.
 */
export function CardMoreMenu({
  downloadHref,
  onShare,
  onDelete,
  deleting,
}: {
  downloadHref: string | null;
  onShare: () => void;
  /** Absent when the viewer may not delete. */
  onDelete?: () => void;
  deleting: boolean;
}) {
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger
        aria-label="More actions"
        title="More actions"
        data-testid="more-actions"
        className="ml-auto grid size-11 place-items-center rounded-lg hover:bg-muted [&_svg]:size-5"
      >
        <Ellipsis aria-hidden />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={4}
          className="z-50 min-w-48 rounded-xl border border-border bg-card p-1 shadow-lg"
        >
          {downloadHref ? (
            <DropdownMenu.Item asChild className={itemClass}>
              <a href={downloadHref} download data-testid="download-link">
                <Download aria-hidden className="size-4" /> Download
              </a>
            </DropdownMenu.Item>
          ) : null}
          <DropdownMenu.Item className={itemClass} onSelect={onShare} data-testid="share-button">
            <Share2 aria-hidden className="size-4" /> Share link
          </DropdownMenu.Item>
          {onDelete ? (
            <DropdownMenu.Item
              className={cn(itemClass, "text-danger")}
              disabled={deleting}
              onSelect={onDelete}
              data-testid="delete-button"
            >
              <Trash2 aria-hidden className="size-4" /> Delete
            </DropdownMenu.Item>
          ) : null}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
