import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { appOrigin } from "@/lib/server/app-origin";
import { countShareView } from "@/lib/shares/count-share-view";
import { htmlHeaders } from "@/lib/shares/html/document";
import { failurePage } from "@/lib/shares/html/notice-pages";
import { sharePage } from "@/lib/shares/html/share-page";
import { openFromRequest, proofKey, shareHandler } from "@/lib/shares/http/share-request";
import { pageRefusal, unlockedResponse } from "@/lib/shares/http/share-responses";
import { sharePasswordSchema } from "@/lib/shares/share-schema";
import { unlockShareLink } from "@/lib/shares/unlock-share-link";

type Context = RouteContext<"/s/[token]">;
const failed = () => new Response(failurePage(), { status: 500, headers: htmlHeaders() });

/**
 * The share page: one small HTML document (no app JavaScript, only the player's few lines under
 * this request's CSP nonce), answered from here rather than a React page so a phone has it at once.
 */
export const GET = shareHandler(async (request: NextRequest, { params }: Context) => {
  const { token } = await params;
  const opened = await openFromRequest(request, token);
  if (!opened.ok) return pageRefusal(opened, token);
  await countShareView(db, { id: opened.share.id });
  const nonce = request.headers.get("x-nonce") ?? "";
  const page = sharePage({ share: opened.share, origin: await appOrigin(), token, nonce });
  return new Response(page, { headers: htmlHeaders() });
}, failed);

/** The password form: right, and this browser gets a proof for this link (cookie) and the page again. */
export const POST = shareHandler(async (request: NextRequest, { params }: Context) => {
  const { token } = await params;
  const form = await request.formData().catch(() => null);
  const parsed = sharePasswordSchema.safeParse({ password: form?.get("password") ?? undefined });
  if (!parsed.success) {
    const opened = await openFromRequest(request, token);
    // Only a link waiting for its password gets the form back: an open one is simply shown.
    if (opened.ok) return unlockedResponse(token, "", await appOrigin());
    if (opened.reason !== "password_required") return pageRefusal(opened, token);
    const message = parsed.error.issues[0]?.message ?? "Enter the password.";
    return pageRefusal({ reason: "invalid", message, title: opened.title }, token);
  }
  const result = await unlockShareLink(db, {
    token,
    password: parsed.data.password,
    ip: clientIp(request.headers),
    proofKey: proofKey(),
  });
  if (!result.ok) return pageRefusal(result, token);
  return unlockedResponse(token, result.proof, await appOrigin());
}, failed);
