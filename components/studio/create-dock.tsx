"use client";

import { Plus, X } from "lucide-react";
import { useSearchParams } from "next/navigation";
import { Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { HydrateWhen } from "@/components/ui/hydrate-when";
import { cn } from "@/lib/utils";
import type { DraftDto } from "@/lib/drafts/draft-schema";
import type { CastOption } from "@/lib/characters/cast-options";
import { CreatePanel } from "./create-panel";
import { useMediaQuery } from "../../hooks/use-media-query";

/**
 * One create panel, two homes: on wide screens a column that stays in view however long the
 * gallery grows (sticky, with its own scroll), and on phones a bottom sheet opened by a
 * thumb-reachable button (and closed after a submit so the queue is in view).
 */
const WIDE = "(min-width: 1024px)";
/** The form's own URL parameters (use-create-settings, use-remix): it fills itself from them. */
const FORM_PARAMS = ["remix", "model", "ar", "res", "dur", "create"];
/**
 * Arrivals that bring something to the form (Remix, Try again: `remix`; "Make one like this":
 * `create`). Not the settings alone: the studio keeps those in its URL all the time.
 */
const OPEN_PARAMS = ["remix", "create"];
/** Hydrate the form at once: it is in view, or it has something to fill in from the URL. */
const formNeeded = () =>
  window.matchMedia(WIDE).matches ||
  FORM_PARAMS.some((name) => new URLSearchParams(window.location.search).has(name));

export function CreateDock({ draft, cast }: { draft: DraftDto | null; cast: CastOption[] }) {
  const wide = useMediaQuery(WIDE, true);
  // Arriving with something for the form (Remix, Try again, "Make one like this") opens the sheet:
  // a prompt loaded into a closed sheet is a prompt nobody sees. Read on the server too, so a
  // phone's first paint already shows the open sheet.
  const params = useSearchParams();
  const asked = OPEN_PARAMS.some((name) => params.has(name));
  const [open, setOpen] = useState(asked);
  // Hydrated for good once opened: closing the sheet must not suspend a live form (its pending
  // submit would never settle).
  const [opened, setOpened] = useState(asked);
  const [askedBefore, setAskedBefore] = useState(asked);
  if (asked !== askedBefore) {
    // A client-side visit (a card's Remix) while the studio is open: same as arriving.
    setAskedBefore(asked);
    if (asked) {
      setOpen(true);
      setOpened(true);
    }
  }
  const hydrated = useMediaQuery("all", false);
  const close = useCallback(() => setOpen(false), []);
  const formLive = opened || (hydrated && wide);
  // A phone's closed sheet is not hydrated until it opens: the form is the page's largest island,
  // and the gallery should not wait behind it. Not `wide` alone: while hydrating it is the
  // server's guess (wide), and a phone would hydrate the closed form after all; `formNeeded` reads
  // the truth then. The same element while that is unchanged: a new element for a part React has
  // put off makes React hydrate it at once.
  const form = useMemo(
    () => (
      <Suspense>
        <HydrateWhen when={formLive} now={formNeeded}>
          <CreatePanel draft={draft} cast={cast} onSubmitted={close} />
        </HydrateWhen>
      </Suspense>
    ),
    [formLive, draft, cast, close],
  );
  useEffect(() => {
    // Used once: a reload, or Back to this entry, must not open the sheet again.
    if (!params.has("create")) return;
    const url = new URL(window.location.href);
    url.searchParams.delete("create");
    window.history.replaceState(window.history.state, "", url);
  }, [params]);
  const sheetHidden = !wide && !open;

  return (
    <>
      {!wide && open ? (
        <div aria-hidden className="fixed inset-0 z-40 bg-black/50" onClick={() => setOpen(false)} />
      ) : null}
      <div
        role={wide ? undefined : "dialog"}
        aria-modal={wide ? undefined : true}
        aria-label={wide ? undefined : "Create a video"}
        inert={sheetHidden}
        data-testid="create-sheet"
        data-state={wide || open ? "open" : "closed"}
        data-hydrated={hydrated ? "" : undefined}
        // The layout is CSS alone, so the server's HTML already has the right shape on a phone:
        // nothing moves when the media query is first read after hydration.
        className={cn(
          // No bottom padding: the form's Generate bar pins itself to the bottom edge.
          "rounded-2xl border border-border bg-card px-4 pt-4 sm:px-5 sm:pt-5",
          // Below the header (3.5rem) on any phone: the sheet never covers it.
          "fixed inset-x-0 bottom-0 z-50 max-h-[min(88dvh,calc(100dvh-4.5rem-env(safe-area-inset-top)))] overflow-y-auto overscroll-contain rounded-b-none shadow-2xl transition-transform duration-200",
          "lg:static lg:inset-auto lg:z-auto lg:max-h-[calc(100dvh-6rem)] lg:rounded-b-2xl lg:shadow-none lg:translate-y-0 lg:transition-none",
          !open && "translate-y-full",
        )}
      >
        {!wide ? (
          <div className="mb-3 flex items-center justify-between">
            <span aria-hidden className="mx-auto h-1.5 w-10 rounded-full bg-border" />
            <button
              type="button"
              aria-label="Close"
              onClick={() => setOpen(false)}
              className="absolute top-3 right-3 grid size-11 place-items-center rounded-full hover:bg-muted"
            >
              <X aria-hidden className="size-5" />
            </button>
          </div>
        ) : null}
        {form}
      </div>
      {hydrated && !wide && !open ? (
        <button
          type="button"
          data-testid="open-create"
          onClick={() => {
            setOpened(true);
            setOpen(true);
          }}
          className="fixed right-4 bottom-[calc(1rem+env(safe-area-inset-bottom))] z-30 inline-flex h-14 items-center gap-2 rounded-full bg-primary px-6 font-semibold text-primary-foreground shadow-lg"
        >
          <Plus aria-hidden className="size-5" /> Create
        </button>
      ) : null}
    </>
  );
}
