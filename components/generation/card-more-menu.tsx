"use client";

import { Download, Ellipsis, Share2, Trash2 } from "lucide-react";
import { DropdownMenu } from "radix-ui";
import { menuContentClass, menuItemClass } from "@/components/ui/menu-styles";
import { cn } from "@/lib/utils";

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
        <DropdownMenu.Content align="end" sideOffset={4} className={cn(menuContentClass, "min-w-48")}>
          {downloadHref ? (
            <DropdownMenu.Item asChild className={menuItemClass}>
              <a href={downloadHref} download data-testid="download-link">
                <Download aria-hidden className="size-4" /> Download
              </a>
            </DropdownMenu.Item>
          ) : null}
          <DropdownMenu.Item className={menuItemClass} onSelect={onShare} data-testid="share-button">
            <Share2 aria-hidden className="size-4" /> Share link
          </DropdownMenu.Item>
          {onDelete ? (
            <DropdownMenu.Item
              className={cn(menuItemClass, "text-danger")}
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
