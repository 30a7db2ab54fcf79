import { safePath } from "@/lib/validation/safe-path";

/**
 * Why the sign-in (or sign-up) page is shown, read from where the person was going: a page that
 * says "Welcome back" to someone who only tapped "Make one like this" on a friend's link loses
 * them. Only paths of this site count (`safePath`); anything else is no purpose at all.
 */
export interface SignInPurpose {
  /** Where to go once signed in (or once the confirmation mail's link is used). */
  next: string;
  /** What the person was doing, said as "Sign in to …" / "Create an account to …" (auth.signInFor). */
  doing: Purpose | null;
}

export type Purpose = "remix" | "invite" | "video" | "compare" | "workspace" | "manage";

const PURPOSES: [RegExp, Purpose][] = [
  [/^\/s\/[^/?#]+\/\d+\/remix(?:[?#]|$)/, "remix"],
  [/^\/invite\/[^/?#]+/, "invite"],
  [/^\/g\/[^/?#]+/, "video"],
  [/^\/compare(?:[/?#]|$)/, "compare"],
  [/^\/switch\//, "workspace"],
  [/^\/(?:team|usage|settings|links)(?:[/?#]|$)/, "manage"],
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
