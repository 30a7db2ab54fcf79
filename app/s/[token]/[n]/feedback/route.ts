import type { NextRequest } from "next/server";
import { db } from "@/lib/db/client";
import { clientIp } from "@/lib/auth/client-ip";
import { isAppError } from "@/lib/errors";
import { appJobs } from "@/lib/jobs/engine";
import { appOrigin } from "@/lib/server/app-origin";
import { htmlHeaders } from "@/lib/shares/html/document";
import { failureResponse, requestShareWords } from "@/lib/shares/http/request-share-words";
import { sharePage } from "@/lib/shares/html/share-page";
import { giveGuestFeedback, listGuestReviews } from "@/lib/shares/guest-feedback";
import { guestFeedbackSchema } from "@/lib/shares/guest-feedback-schema";
import { openFromRequest, pickVideo, shareHandler } from "@/lib/shares/http/share-request";
import { pageRefusal } from "@/lib/shares/http/share-responses";

type Context = RouteContext<"/s/[token]/[n]/feedback">;
const STATUS = {
  bad_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
} as const;

/**
 * A guest's comment or verdict, posted by the share page's form (no JavaScript needed). Sent:
 * back to the page at that video, saying so. Refused: the page again with the reason and what
 * they typed, so nothing is lost.
 */
export const POST = shareHandler(async (request: NextRequest, { params }: Context) => {
  const { token, n } = await params;
  const opened = await openFromRequest(request, token);
  if (!opened.ok) return pageRefusal(opened, token, await requestShareWords());
  const picked = pickVideo(opened.share, n);
  if (!picked.video)
    return pageRefusal(
      { reason: picked.reason, title: opened.share.title },
      token,
      await requestShareWords(),
    );
  const position = picked.video.position;
  const form = await request.formData().catch(() => null);
  const field = (name: string) => {
    const value = form?.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const again = async (status: number, message: string) => {
    const page = sharePage({
      words: await requestShareWords(),
      share: opened.share,
      origin: await appOrigin(),
      token,
      nonce: request.headers.get("x-nonce") ?? "",
      reviews: await listGuestReviews(db, opened.share.id),
      feedback: {
        position,
        sent: false,
        message,
        kept: { name: (field("name") ?? "").slice(0, 200), body: (field("body") ?? "").slice(0, 5000) },
      },
    });
    return new Response(page, { status, headers: htmlHeaders() });
  };
  const parsed = guestFeedbackSchema.safeParse({
    intent: field("intent"),
    name: field("name"),
    body: field("body"),
    at: field("at"),
  });
  if (!parsed.success) return again(400, parsed.error.issues[0]?.message ?? "Check the form.");
  try {
    await giveGuestFeedback(
      { db, jobs: await appJobs() },
      { shareId: opened.share.id, position, ip: clientIp(request.headers), feedback: parsed.data },
    );
  } catch (error) {
    if (isAppError(error) && error.code in STATUS)
      return again(STATUS[error.code as keyof typeof STATUS], error.message);
    throw error;
  }
  return new Response(null, {
    status: 303,
    headers: { Location: `/s/${token}?sent=${position}#feedback-${position}`, "Cache-Control": "no-store" },
  });
}, failureResponse);
