import { safePath } from "@/lib/validation/safe-path";

/**
 * Why the sign-in (or sign-up) page is shown, read from where the person was going: a page that
 * says "Welcome back" to someone who only tapped "Make one like this" on a friend's link loses
 * them. Only paths of this site count (`safePath`); anything else is no purpose at all.
 */
export interface SignInPurpose {
  /** Where to go once signed in (or once the confirmation mail's link is used). */
  next: string;
  /** What the person was doing, finishing "Sign in to …" / "Create an account to …". */
  doing: string | null;
}

const PURPOSES: [RegExp, string][] = [
  [/^\/s\/[^/?#]+\/\d+\/remix(?:[?#]|$)/, "make a video like this one"],
  [/^\/invite\/[^/?#]+/, "accept your invite"],
  [/^\/g\/[^/?#]+/, "see this video"],
  [/^\/compare(?:[/?#]|$)/, "compare these videos"],
  [/^\/switch\//, "open this workspace"],
  [/^\/(?:team|usage|settings|links)(?:[/?#]|$)/, "manage your workspace"],
];

export function signInPurpose(callbackUrl: unknown): SignInPurpose {
  const next = safePath(callbackUrl);
  const doing = next === callbackUrl ? (PURPOSES.find(([pattern]) => pattern.test(next))?.[1] ?? null) : null;
  return { next, doing };
}

/** The query that carries a destination to the sign-in or sign-up page; none for the default. */
export function withCallback(path: "/sign-in" | "/sign-up", next: string): string {
  return next === "/studio" ? path : `${path}?callbackUrl=${encodeURIComponent(next)}`;
}
