"use client";

import { Download, Loader2, Share2, Shuffle, Star, Trash2 } from "lucide-react";
import { IntentLink } from "@/components/ui/intent-link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ComponentProps, type ReactNode } from "react";
import type { GenerationDto } from "@/lib/generations/dto";
import { downloadFileName } from "@/lib/generations/download-name";
import { downloadPath } from "@/lib/queries/file-urls";
import { cn } from "@/lib/utils";
import {
  cardNeighbours,
  focusAfterRemoval,
  focusCardWhenShown,
  NO_NEIGHBOURS,
} from "@/components/viewer/focus-card";
import { openViewer } from "@/components/viewer/open-viewer";
import { LazyShareDialog } from "@/components/shares/lazy-share-dialog";
import { CardMoreMenu } from "./card-more-menu";
import { useDeleteMutation, useFavoriteMutation } from "./use-generation-mutations";

export interface GenerationToolbarProps {
  generation: GenerationDto;
  variant: "page" | "card";
  /** What the viewer may do (the server checks again); default: everything. */
  can?: { favorite?: boolean; remix?: boolean; delete?: boolean; share?: boolean };
}

export function GenerationToolbar({ generation: g, variant, can = {} }: GenerationToolbarProps) {
  const router = useRouter();
  const favorite = useFavoriteMutation(g.id);
  // Read before the card goes: where keyboard focus lands once it is gone.
  const neighbours = useRef(NO_NEIGHBOURS);
  const remove = useDeleteMutation(g.id, {
    onDeleted:
      variant === "page" ? () => router.push("/studio") : () => focusAfterRemoval(neighbours.current),
    onRestored: variant === "page" ? () => router.push(`/g/${g.id}`) : () => focusCardWhenShown(g.id),
  });
  const deleteCard = () => {
    neighbours.current = cardNeighbours(g.id);
    remove.mutate();
  };
  // Stable addresses that sign a short-lived URL when followed: a page left open keeps working.
  const download = g.phase === "playable" ? downloadPath(g.id) : null;
  const page = variant === "page";

  // A share page serves our stored copy, so only a saved video can be shared.
  const shareable = can.share !== false && g.phase === "playable" && g.saved === "stored";
  // A film's prompt is its storyboard's title: remixing it would make one clip of a title, not a
  // film. It can still be continued (a new storyboard from its last frame).
  const remixable = can.remix !== false && g.shots === null;
  const [sharing, setSharing] = useState(false);
  // A narrow card (a tall shape in a dense row) keeps fewer buttons; its menu has them all. A
  // touch screen has no hover to hide them behind: there a card keeps only "More" (star and remix
  // are in it), so a phone's grid shows its videos, not a dark bar of buttons on each.
  const [starClass, remixClass] = page
    ? [undefined, undefined]
    : [
        "hidden @min-[7rem]:inline-flex pointer-coarse:hidden!",
        "hidden @min-[10rem]:inline-flex pointer-coarse:hidden!",
      ];

  return (
    <div
      role="group"
      aria-label="Video actions"
      data-testid="generation-toolbar"
      className={cn(
        page
          ? "fixed inset-x-0 bottom-0 z-20 grid auto-cols-fr grid-flow-col gap-1 border-t border-border bg-background/95 px-2 pt-2 pb-[max(env(safe-area-inset-bottom),0.5rem)] backdrop-blur sm:static sm:flex sm:flex-wrap sm:gap-2 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none"
          : "flex items-center gap-1",
      )}
    >
      {can.favorite !== false ? (
        <ActionButton
          variant={variant}
          label="Favourite"
          aria-pressed={g.favorite}
          data-testid="favorite-toggle"
          className={starClass}
          onClick={() => favorite.mutate(!g.favorite)}
          icon={<Star aria-hidden className={cn(g.favorite && "fill-current text-warning")} />}
        />
      ) : null}
      {page && download ? (
        <ActionLink
          variant={variant}
          label="Download"
          href={download}
          download={downloadFileName(g.prompt, g.id)}
          data-testid="download-link"
          icon={<Download aria-hidden />}
        />
      ) : null}
      {remixable ? (
        <ActionLink
          variant={variant}
          label="Remix"
          href={`/studio?remix=${encodeURIComponent(g.id)}`}
          aria-label="Remix: open the create form with these settings"
          data-testid="remix-link"
          className={remixClass}
          icon={<Shuffle aria-hidden />}
          internal
        />
      ) : null}
      {page ? (
        <>
          {shareable ? (
            <ActionButton
              variant={variant}
              label="Share"
              aria-label="Share a link to this video"
              data-testid="share-button"
              onClick={() => setSharing(true)}
              icon={<Share2 aria-hidden />}
            />
          ) : null}
          {can.delete !== false ? (
            <ActionButton
              variant={variant}
              label="Delete"
              aria-label="Delete this video"
              data-testid="delete-button"
              disabled={remove.isPending}
              onClick={() => remove.mutate()}
              icon={
                remove.isPending ? <Loader2 aria-hidden className="animate-spin" /> : <Trash2 aria-hidden />
              }
              danger
            />
          ) : null}
        </>
      ) : (
        <CardMoreMenu
          creatorName={g.creator.name ?? undefined}
          prompt={g.prompt}
          downloadHref={download}
          onShare={shareable ? () => setSharing(true) : undefined}
          favorite={
            can.favorite !== false
              ? { on: g.favorite, toggle: () => favorite.mutate(!g.favorite) }
              : undefined
          }
          onOpenViewer={g.phase === "playable" && g.videoUrl ? () => openViewer(g.id) : undefined}
          remixHref={remixable ? `/studio?remix=${encodeURIComponent(g.id)}` : undefined}
          continueHref={
            can.remix !== false && g.phase === "playable" && g.saved === "stored"
              ? `/storyboards?continue=${encodeURIComponent(g.id)}`
              : undefined
          }
          onDelete={can.delete !== false ? deleteCard : undefined}
          deleting={remove.isPending}
        />
      )}
      {shareable && sharing ? (
        <LazyShareDialog open onOpenChange={setSharing} generationIds={[g.id]} what="this video" />
      ) : null}
    </div>
  );
}

const itemClass = (variant: "page" | "card", danger?: boolean) =>
  cn(
    "inline-flex items-center justify-center rounded-lg text-sm font-medium transition-colors [&_svg]:size-5 [&_svg]:shrink-0",
    "disabled:pointer-events-none disabled:opacity-50 hover:bg-muted",
    variant === "page"
      ? "min-h-14 flex-col gap-0.5 px-1 text-xs sm:min-h-11 sm:flex-row sm:gap-2 sm:border sm:border-border sm:px-4 sm:text-sm sm:[&_svg]:size-4"
      : "size-9 @min-[10rem]:size-11",
    danger && "hover:text-danger",
  );

interface ItemProps {
  variant: "page" | "card";
  label: string;
  icon: ReactNode;
  danger?: boolean;
}

function ActionButton({
  variant,
  label,
  icon,
  danger,
  className,
  ...props
}: ItemProps & ComponentProps<"button">) {
  return (
    <button type="button" title={label} className={cn(itemClass(variant, danger), className)} {...props}>
      {icon}
      <span className={cn(variant === "card" && "sr-only")}>{label}</span>
    </button>
  );
}

function ActionLink({
  variant,
  label,
  icon,
  internal,
  href,
  className,
  ...props
}: ItemProps & ComponentProps<"a"> & { href: string; internal?: boolean }) {
  const content = (
    <>
      {icon}
      <span className={cn(variant === "card" && "sr-only")}>{label}</span>
    </>
  );
  return internal ? (
    <IntentLink href={href} title={label} className={cn(itemClass(variant), className)} {...props}>
      {content}
    </IntentLink>
  ) : (
    <a href={href} title={label} className={cn(itemClass(variant), className)} {...props}>
      {content}
    </a>
  );
}
