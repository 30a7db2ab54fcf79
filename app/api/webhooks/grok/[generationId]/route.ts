import { after } from "next/server";
import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { reconcileNow } from "@/lib/generations/app-reconciler";
import { authenticateCallback, handleGrokCallback } from "@/lib/generations/handle-callback";
import { grokClient } from "@/lib/generations/runtime";
import { readJsonBody } from "@/lib/http/read-body";

const MAX_BODY_BYTES = 64 * 1024;

const notFound = () =>
  Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });

/** The upstream's completion callback. Authenticated by the per-generation secret in the URL. */
export async function POST(request: Request, { params }: RouteContext<"/api/webhooks/grok/[generationId]">) {
  const { generationId } = await params;
  const token = new URL(request.url).searchParams.get("token");
  // Id and token first, from the URL alone: a stranger's body is never read, however large.
  if (!(await authenticateCallback(db, generationId, token))) return notFound();

  let body: unknown = null;
  try {
    body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES });
  } catch (error) {
    // Over the cap, not JSON or unreadable: the body is only a hint; the task is re-read either way.
    if (!isAppError(error)) throw error;
    body = null;
  }
  const outcome = await handleGrokCallback({ db, grok: grokClient() }, { generationId, token, body });
  if (outcome === "not_found") return notFound();
  // Answer the upstream at once; copying a finished video happens after the response.
  after(reconcileNow);
  return Response.json({ ok: true });
}
