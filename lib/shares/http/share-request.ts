import "server-only";
import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/config/secrets";
import { db } from "@/lib/db/client";
import type { SharedVideo } from "../find-share-link";
import { openShareLink, type OpenedShare, type OpenShareResult } from "../open-share-link";
import { deriveProofKey, PROOF_COOKIE } from "../share-proof";
import { log } from "@/lib/log/logger";

let key: Buffer | undefined;
/** The key share-page password proofs are signed with (derived from the app secret). */
export const proofKey = () => (key ??= deriveProofKey(authSecret()));

/** The link a request names, checked now, with the password proof cookie it carries. */
export function openFromRequest(request: NextRequest, token: string): Promise<OpenShareResult> {
  return openShareLink(db, { token, proof: request.cookies.get(PROOF_COOKIE)?.value, proofKey: proofKey() });
}

/**
 * The video at position `n` of the URL: null with "deleted" when the link had it but it can no
 * longer be shown, "not_found" when it never had one there.
 */
export function pickVideo(
  share: OpenedShare,
  n: string,
): { video: SharedVideo } | { video: null; reason: "deleted" | "not_found" } {
  const position = /^\d{1,3}$/.test(n) ? Number(n) : -1;
  const video = share.videos.find((v) => v.position === position);
  if (video) return { video };
  return { video: null, reason: position >= 0 && position < share.itemCount ? "deleted" : "not_found" };
}

/** Share URLs carry their token in the path: nothing about a request may reach the log with it. */
export const redactShareTokens = (text: string) => text.replace(/\/s\/[A-Za-z0-9_-]{24}/g, "/s/<token>");

/**
 * Every share route goes through here: a failure is logged as what went wrong, never with the
 * request's URL, and answered with `failure()` instead of Next's own error page.
 */
export function shareHandler<Ctx>(
  handler: (request: NextRequest, ctx: Ctx) => Promise<Response>,
  /** The answer when the handler throws: the request is there for its language. */
  failure: (request: NextRequest) => Response,
) {
  return async (request: NextRequest, ctx: Ctx): Promise<Response> => {
    try {
      return await handler(request, ctx);
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      log.error({ event: "share.failed" }, `a share route failed: ${redactShareTokens(detail)}`);
      return failure(request);
    }
  };
}
