"use client";

import { use, useEffect, useSyncExternalStore, type ReactNode } from "react";

/** Never settles: what a deferred part waits on when nothing releases it but a person. */
const LATER = new Promise<void>(() => {});
const noSubscription = () => () => {};

/** Set once the page's first hydration has committed (see PageHydrated). */
let pageHydrated = false;

/** Rendered once near the root: its effect runs when the page's first hydration commits. */
export function PageHydrated() {
  useEffect(() => {
    pageHydrated = true;
  }, []);
  return null;
}

/**
 * Server-renders its children as usual, but while the page first hydrates leaves that HTML as it
 * is — shown, not hydrated, costing no script time — unless `when` (or `now()`, the truth in this
 * browser read at that moment) says it is needed now. React keeps a Suspense boundary whose
 * content suspends during hydration dehydrated, and comes back to it:
 * - when `until` settles (the page is idle, say): hydrated then, in slices that yield;
 * - when a person reaches it (a tap, a click, a key, focus, a hover): React hydrates it at once,
 *   before handling the event (selective hydration), so nothing they do is lost;
 * - when an update reaches it (new props, a context it reads): hydrated then too.
 * Only the page's first hydration is held back: after it, any of those hydrates the part, since
 * refusing would leave an update (a navigation, a refresh: transitions) waiting forever or make
 * React throw the HTML away and render it anew. A page rendered by a client-side navigation
 * renders it at once. Must sit directly inside `<Suspense>`; PageHydrated must be on the page.
 */
export function HydrateWhen({
  when = false,
  now,
  until = LATER,
  children,
}: {
  when?: boolean;
  /** The truth in this browser, read while the page hydrates (the parent may still hold the server's guess). */
  now?: () => boolean;
  /** Settles when the part may be hydrated without a person or an update asking for it. */
  until?: Promise<void>;
  children: ReactNode;
}) {
  // True on the server and while hydrating; false when the page is rendered in the browser (a
  // client-side navigation), where there is no server HTML to keep and nothing may be held back.
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  if (hydrating && typeof window !== "undefined" && !pageHydrated && !when && !now?.()) use(until);
  return children;
}
