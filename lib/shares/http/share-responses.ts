import "server-only";
import { closedPage, closedStatus, passwordPage } from "../html/notice-pages";
import { htmlHeaders } from "../html/document";
import type { ShareRefusal } from "../open-share-link";
import { SHARE_MEDIA_CACHE } from "../shared-media";
import { PROOF_COOKIE, PROOF_TTL_SECONDS } from "../share-proof";
import type { ShareWords } from "../html/share-words";

export type PageRefusal =
  | { reason: ShareRefusal; title?: string | null }
  | { reason: "throttled"; retryAfterSeconds: number; title?: string | null }
  /** The password form sent without a usable password: what to fix, in words. */
  | { reason: "invalid"; message: string; title?: string | null };

/** A page-level refusal: the designed notice with its status, or the password form with what went wrong. */
export function pageRefusal(refusal: PageRefusal, token: string, words: ShareWords): Response {
  const form = (status: number, error?: string, extra?: Record<string, string>) =>
    new Response(passwordPage({ token, title: refusal.title ?? null, error, words }), {
      status,
      headers: htmlHeaders(extra),
    });
  switch (refusal.reason) {
    case "password_required":
      return form(401);
    case "wrong_password":
      return form(401, words.t("wrongPassword"));
    case "invalid":
      return form(400, refusal.message);
    case "throttled":
      return form(429, words.t("tooManyTries", { wait: words.wait(refusal.retryAfterSeconds) }), {
        "Retry-After": String(refusal.retryAfterSeconds),
      });
    default:
      return new Response(closedPage(refusal.reason, words), {
        status: closedStatus(refusal.reason),
        headers: htmlHeaders(),
      });
  }
}

/**
 * The right password: back to the page, with a cookie proving it for this link's paths only
 * (HttpOnly, so no script reads it; Secure whenever the site is served over https).
 */
export function unlockedResponse(token: string, proof: string, origin: string): Response {
  const headers = new Headers({ Location: `/s/${token}`, "Cache-Control": "no-store" });
  const secure = origin.startsWith("https:") ? "; Secure" : "";
  if (proof)
    headers.append(
      "Set-Cookie",
      `${PROOF_COOKIE}=${proof}; Path=/s/${token}; Max-Age=${PROOF_TTL_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
    );
  return new Response(null, { status: 303, headers });
}

const MEDIA_REFUSALS: Record<ShareRefusal | "no_download", { status: number; text: string }> = {
  not_found: { status: 404, text: "Not found." },
  expired: { status: 410, text: "This link has expired." },
  revoked: { status: 410, text: "This link was turned off." },
  deleted: { status: 410, text: "This video was removed." },
  password_required: { status: 401, text: "Open the link and enter its password first." },
  wrong_password: { status: 401, text: "Open the link and enter its password first." },
  no_download: { status: 403, text: "Downloads are turned off for this link." },
};

/** A media request refused: a short plain answer that no cache keeps. */
export function mediaRefusal(reason: ShareRefusal | "no_download"): Response {
  const { status, text } = MEDIA_REFUSALS[reason];
  return new Response(text, {
    status,
    headers: {
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": SHARE_MEDIA_CACHE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
