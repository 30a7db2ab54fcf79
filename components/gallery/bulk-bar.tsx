"use client";

import {
  Clapperboard,
  Columns2,
  Download,
  FolderInput,
  Loader2,
  Star,
  StarOff,
  Trash2,
  X,
} from "lucide-react";
import Link from "next/link";
import { toast } from "@/components/ui/toast";
import { Button, buttonVariants } from "@/components/ui/button";
import { BULK_MAX, TRANSFER_MAX } from "@/lib/generations/bulk-limits";
import { REEL_MAX } from "@/lib/shares/share-limits";
import type { CompareChoice } from "./compare-choice";
import type { BulkActions } from "./use-bulk-actions";

/** The select mode's actions, stuck to the bottom of the screen while cards are checked. */
export function BulkBar({
  count,
  actions,
  can,
  zipHref,
  compare,
  onShareReel,
  onTransfer,
  onDone,
}: {
  count: number;
  actions: BulkActions;
  can: { favorite: boolean; delete: boolean; share: boolean };
  zipHref: string | null;
  compare: CompareChoice;
  onShareReel: () => void;
  /** Opens "Move or copy to another workspace"; absent when there is nowhere to move to. */
  onTransfer?: () => void;
  onDone: () => void;
}) {
  const tooMany = count > BULK_MAX;
  const idle = count === 0 || tooMany || actions.pending;
  return (
    <div
      role="region"
      aria-label="Selected videos"
      data-testid="bulk-bar"
      className="sticky bottom-[max(env(safe-area-inset-bottom),0.75rem)] z-30 mx-auto flex w-full max-w-3xl flex-wrap items-center gap-1 rounded-2xl border border-border bg-background/95 p-2 shadow-lg backdrop-blur"
    >
      <p className="mr-auto px-2 text-sm font-medium" aria-live="polite" data-testid="bulk-count">
        {count === 0 ? "Select videos" : `${count} selected`}
        {tooMany ? <span className="block text-xs text-danger">At most {BULK_MAX} at a time</span> : null}
      </p>
      {actions.pending ? <Loader2 aria-label="Working" className="size-4 animate-spin" /> : null}
      {compare.ok ? (
        <Link
          href={compare.href}
          data-testid="bulk-compare"
          className={buttonVariants({ variant: "ghost", size: "sm" })}
        >
          <Columns2 aria-hidden /> <span className="max-sm:sr-only">Compare</span>
        </Link>
      ) : (
        // Focusable while unavailable, so the reason is heard, seen on hover and shown on a tap.
        <Button
          variant="ghost"
          size="sm"
          aria-disabled
          aria-describedby="bulk-compare-why"
          title={compare.reason}
          className="opacity-50"
          onClick={() => toast(compare.reason, { id: "bulk-compare-why" })}
          data-testid="bulk-compare"
        >
          <Columns2 aria-hidden /> <span className="max-sm:sr-only">Compare</span>
          <span id="bulk-compare-why" className="sr-only">
            {compare.reason}
          </span>
        </Button>
      )}
      {can.favorite ? (
        <>
          <Button
            variant="ghost"
            size="sm"
            disabled={idle}
            onClick={() => actions.favorite(true)}
            data-testid="bulk-favorite"
          >
            <Star aria-hidden /> <span className="max-sm:sr-only">Favourite</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            disabled={idle}
            onClick={() => actions.favorite(false)}
            data-testid="bulk-unfavorite"
          >
            <StarOff aria-hidden /> <span className="max-sm:sr-only">Unfavourite</span>
          </Button>
        </>
      ) : null}
      {zipHref && !idle ? (
        <a
          href={zipHref}
          download
          data-testid="bulk-zip"
          className={buttonVariants({ variant: "ghost", size: "sm" })}
        >
          <Download aria-hidden /> <span className="max-sm:sr-only">Download zip</span>
        </a>
      ) : (
        <Button variant="ghost" size="sm" disabled data-testid="bulk-zip">
          <Download aria-hidden /> <span className="max-sm:sr-only">Download zip</span>
        </Button>
      )}
      {can.share ? (
        <Button
          variant="ghost"
          size="sm"
          disabled={actions.pending || count < 2 || count > REEL_MAX}
          title={
            count > REEL_MAX
              ? `A reel holds at most ${REEL_MAX} videos`
              : "A share link playing these one after another"
          }
          onClick={onShareReel}
          data-testid="bulk-share-reel"
        >
          <Clapperboard aria-hidden /> <span className="max-sm:sr-only">Share as reel</span>
        </Button>
      ) : null}
      {onTransfer ? (
        <Button
          variant="ghost"
          size="sm"
          disabled={idle || count > TRANSFER_MAX}
          title={
            count > TRANSFER_MAX ? `At most ${TRANSFER_MAX} at a time` : "Move or copy to another workspace"
          }
          onClick={onTransfer}
          data-testid="bulk-transfer"
        >
          <FolderInput aria-hidden /> <span className="max-sm:sr-only">Move or copy</span>
        </Button>
      ) : null}
      {can.delete ? (
        <Button
          variant="ghost"
          size="sm"
          className="text-danger"
          disabled={idle}
          onClick={actions.remove}
          data-testid="bulk-delete"
        >
          <Trash2 aria-hidden /> <span className="max-sm:sr-only">Delete</span>
        </Button>
      ) : null}
      <Button variant="outline" size="sm" onClick={onDone} data-testid="bulk-done">
        <X aria-hidden /> Done
      </Button>
    </div>
  );
}
