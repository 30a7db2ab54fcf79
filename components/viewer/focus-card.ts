"use client";

const TABBABLE = "button:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";

const cardOf = (id: string) =>
  document.querySelector<HTMLElement>(`[data-testid="generation-card"][data-id="${CSS.escape(id)}"]`);

/** Moves keyboard focus onto a gallery card (its first control), scrolling it into view; false if absent. */
export function focusCard(id: string): boolean {
  const target = cardOf(id)?.querySelector<HTMLElement>(TABBABLE);
  if (!target) return false;
  target.focus({ preventScroll: true });
  target.scrollIntoView({ block: "nearest" });
  return true;
}

type Neighbours = { removed: string | null; next: string | null; previous: string | null };
export const NO_NEIGHBOURS: Neighbours = { removed: null, next: null, previous: null };

/**
 * Like `focusCard`, for a card about to appear (a restored video): tries for a moment, frame by
 * frame. The toast that offered Undo closes just after and hands focus back to where it came from
 * (another card), so for a short while focus is put back here — unless the person moves it.
 */
export function focusCardWhenShown(id: string, forMs = 3_000, holdMs = 800) {
  const until = performance.now() + forMs;
  let focusedAt: number | null = null;
  let moved = false;
  const onInput = () => (moved = true);
  const options = { capture: true, once: true } as const;
  window.addEventListener("keydown", onInput, options);
  window.addEventListener("pointerdown", onInput, options);
  const attempt = () => {
    const now = performance.now();
    if (!moved && !cardOf(id)?.contains(document.activeElement) && focusCard(id)) focusedAt ??= now;
    if (!moved && now < until && (focusedAt === null || now - focusedAt < holdMs))
      requestAnimationFrame(attempt);
    else {
      window.removeEventListener("keydown", onInput, options);
      window.removeEventListener("pointerdown", onInput, options);
    }
  };
  attempt();
}

/** The ids of the cards just after and just before this one, in the order they are shown. */
export function cardNeighbours(id: string): Neighbours {
  const ids = [...document.querySelectorAll<HTMLElement>('[data-testid="generation-card"]')].map(
    (card) => card.dataset.id ?? "",
  );
  const index = ids.indexOf(id);
  if (index === -1) return NO_NEIGHBOURS;
  return { removed: id, next: ids[index + 1] ?? null, previous: ids[index - 1] ?? null };
}

/**
 * After a card leaves the gallery, focus goes where the person was: the next card, else the one
 * before, else the gallery's heading; never the page body.
 */
export function focusAfterRemoval(neighbours: Neighbours, forMs = 3_000) {
  // Only once the gallery has re-rendered without the card: its rows are laid out again then, and
  // a row that changed is mounted anew, which would drop focus given to a card in it earlier.
  const until = performance.now() + forMs;
  const attempt = () => {
    if (neighbours.removed && cardOf(neighbours.removed) && performance.now() < until) {
      requestAnimationFrame(attempt);
      return;
    }
    if (neighbours.next && focusCard(neighbours.next)) return;
    if (neighbours.previous && focusCard(neighbours.previous)) return;
    const heading = document.getElementById("gallery-title");
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  };
  attempt();
}
