import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { appOrigin } from "@/lib/server/app-origin";
import { countShareView } from "@/lib/shares/count-share-view";
import { htmlHeaders } from "@/lib/shares/html/document";
import { failureResponse, requestShareWords } from "@/lib/shares/http/request-share-words";
import { sharePage } from "@/lib/shares/html/share-page";
import { listGuestReviews } from "@/lib/shares/guest-feedback";
import { openFromRequest, proofKey, shareHandler } from "@/lib/shares/http/share-request";
import { pageRefusal, unlockedResponse } from "@/lib/shares/http/share-responses";
import { sharePasswordSchema } from "@/lib/shares/share-schema";
import { unlockShareLink } from "@/lib/shares/unlock-share-link";

type Context = RouteContext<"/s/[token]">;

/**
 * The share page: one small HTML document (no app JavaScript, only the player's few lines under
 * this request's CSP nonce), answered from here rather than a React page so a phone has it at once.
 */
export const GET = shareHandler(async (request: NextRequest, { params }: Context) => {
  const { token } = await params;
  const opened = await openFromRequest(request, token);
  if (!opened.ok) return pageRefusal(opened, token, await requestShareWords());
  await countShareView(db, { id: opened.share.id });
  const nonce = request.headers.get("x-nonce") ?? "";
  const { share } = opened;
  // Guest review: what guests said so far, and "Sent" after a guest's form (?sent=<position>).
  const sent = Number(request.nextUrl.searchParams.get("sent") ?? NaN);
  const page = sharePage({
    words: await requestShareWords(),
    share,
    origin: await appOrigin(),
    token,
    nonce,
    ...(share.allowComments || share.allowApproval
      ? {
          reviews: await listGuestReviews(db, share.id),
          feedback: Number.isInteger(sent) ? { position: sent, sent: true } : null,
        }
      : {}),
  });
  return new Response(page, { headers: htmlHeaders() });
}, failureResponse);

/** The password form: right, and this browser gets a proof for this link (cookie) and the page again. */
export const POST = shareHandler(async (request: NextRequest, { params }: Context) => {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const parsed = sharePasswordSchema.safeParse({ password: form?.get("password") ?? undefined });
  if (!parsed.success) {
    const opened = await openFromRequest(request, token);
    // Only a link waiting for its password gets the form back: an open one is simply shown.
    if (opened.ok) return unlockedResponse(token, "", await appOrigin());
    if (opened.reason !== "password_required") return pageRefusal(opened, token, await requestShareWords());
    const message = parsed.error.issues[0]?.message ?? "Enter the password.";
    return pageRefusal({ reason: "invalid", message, title: opened.title }, token, await requestShareWords());
  }
  const result = await unlockShareLink(db, {
    token,
    password: parsed.data.password,
    ip: clientIp(request.headers),
    proofKey: proofKey(),
  });
  if (!result.ok) return pageRefusal(result, token, await requestShareWords());
  return unlockedResponse(token, result.proof, await appOrigin());
}, failureResponse);
