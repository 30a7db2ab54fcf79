"use client";

import { Download, Ellipsis, Expand, Film, Share2, Shuffle, Star, Trash2 } from "lucide-react";
import Link from "next/link";
import { Menu } from "@/components/ui/menu";
import { menuContentClass, menuItemClass } from "@/components/ui/menu-styles";
import { cn } from "@/lib/utils";

/**
 * A gallery card has room for two or three 44 px buttons on a phone; the less frequent actions
 * live behind "More" so every target stays large enough for a thumb.
 */
export function CardMoreMenu({
  downloadHref,
  onShare,
  favorite,
  remixHref,
  continueHref,
  onOpenViewer,
  onDelete,
  deleting,
  creatorName,
  prompt,
}: {
  /** Who made the video, said at the top of the menu. */
  creatorName?: string;
  /** The whole prompt: a card's title is cut to one line, and a phone has no hover to show it. */
  prompt?: string;
  downloadHref: string | null;
  /** Absent when the viewer may not share (or the video cannot be shared yet). */
  onShare?: () => void;
  /** Also buttons on the card, which a narrow card hides: the menu always has them. */
  favorite?: { on: boolean; toggle: () => void };
  remixHref?: string;
  /** "Continue this video": a storyboard whose next shot starts from its last frame. */
  continueHref?: string;
  onOpenViewer?: () => void;
  /** Absent when the viewer may not delete. */
  onDelete?: () => void;
  deleting: boolean;
}) {
  return (
    <Menu
      align="end"
      sideOffset={4}
      className={cn(menuContentClass, "min-w-48")}
      trigger={
        <button
          type="button"
          aria-label="More actions"
          title="More actions"
          data-testid="more-actions"
          className="ml-auto grid size-9 place-items-center rounded-lg hover:bg-muted @min-[10rem]:size-11 [&_svg]:size-5"
        >
          <Ellipsis aria-hidden />
        </button>
      }
    >
      {(M) => (
        <>
          {prompt || creatorName ? (
            // What the card cuts short: its whole prompt, and who made it (narrow cards have no
            // room for the name on the card itself).
            <>
              <div className="grid max-w-72 gap-0.5 px-2 py-1.5">
                {prompt ? (
                  <p className="line-clamp-4 text-xs text-foreground" data-testid="menu-prompt">
                    {prompt}
                  </p>
                ) : null}
                {creatorName ? (
                  <M.Label className="truncate text-xs text-muted-foreground" data-testid="menu-creator">
                    By {creatorName}
                  </M.Label>
                ) : null}
              </div>
              <M.Separator className="my-1 h-px bg-border" />
            </>
          ) : null}
          {onOpenViewer ? (
            <M.Item className={menuItemClass} onSelect={onOpenViewer} data-testid="menu-open-viewer">
              <Expand aria-hidden className="size-4" /> Open full screen
            </M.Item>
          ) : null}
          {favorite ? (
            <M.Item className={menuItemClass} onSelect={favorite.toggle} data-testid="menu-favorite">
              <Star aria-hidden className={cn("size-4", favorite.on && "fill-current text-warning")} />
              {favorite.on ? "Remove from favourites" : "Add to favourites"}
            </M.Item>
          ) : null}
          {remixHref ? (
            <M.Item asChild className={menuItemClass}>
              <Link href={remixHref} data-testid="menu-remix">
                <Shuffle aria-hidden className="size-4" /> Remix
              </Link>
            </M.Item>
          ) : null}
          {continueHref ? (
            <M.Item asChild className={menuItemClass}>
              <Link href={continueHref} data-testid="menu-continue">
                <Film aria-hidden className="size-4" /> Continue this video
              </Link>
            </M.Item>
          ) : null}
          {downloadHref ? (
            <M.Item asChild className={menuItemClass}>
              <a href={downloadHref} download data-testid="download-link">
                <Download aria-hidden className="size-4" /> Download
              </a>
            </M.Item>
          ) : null}
          {onShare ? (
            <M.Item className={menuItemClass} onSelect={onShare} data-testid="share-button">
              <Share2 aria-hidden className="size-4" /> Share link…
            </M.Item>
          ) : null}
          {onDelete ? (
            <M.Item
              className={cn(menuItemClass, "text-danger")}
              disabled={deleting}
              onSelect={onDelete}
              data-testid="delete-button"
            >
              <Trash2 aria-hidden className="size-4" /> Delete
            </M.Item>
          ) : null}
        </>
      )}
    </Menu>
  );
}
