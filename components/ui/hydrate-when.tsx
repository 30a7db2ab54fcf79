"use client";

import { use, useSyncExternalStore, type ReactNode } from "react";

/** Never settles: what a deferred part waits on until its parent re-renders it with `when`. */
const LATER = new Promise<void>(() => {});
const noSubscription = () => () => {};

/**
 * Server-renders its children as usual, but on the client leaves that HTML as it is — shown, not
 * hydrated, costing no script time — while `when` is false: React keeps a Suspense boundary whose
 * content suspends during hydration dehydrated, and hydrates it when the parent renders it again
 * with `when` true. For parts out of sight and untouched at first (a phone's closed create sheet).
 * Once true, `when` must stay true (the parent latches it): a live part that suspended again would
 * hang whatever transition was under way in it.
 * Only the first load is held back: a page rendered by a client-side navigation renders it at once.
 * Must sit directly inside `<Suspense>`. The parent's first client render usually repeats the
 * server's guess (a media query's server value), so `when` is also read from `now()` then.
 */
export function HydrateWhen({
  when,
  now,
  children,
}: {
  when: boolean;
  /** The truth in this browser, read during the client's first render. */
  now: () => boolean;
  children: ReactNode;
}) {
  // True on the server and while hydrating; false when the page is rendered in the browser (a
  // client-side navigation), where there is no server HTML to keep and nothing may be held back.
  const hydrating = useSyncExternalStore(
    noSubscription,
    () => false,
    () => true,
  );
  if (hydrating && typeof window !== "undefined" && !when && !now()) use(LATER);
  return children;
}
