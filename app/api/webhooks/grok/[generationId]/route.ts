import { after } from "next/server";
import { db } from "@/lib/db/client";
import { reconcileNow } from "@/lib/generations/app-reconciler";
import { handleGrokCallback } from "@/lib/generations/handle-callback";
import { grokClient } from "@/lib/generations/runtime";

const MAX_BODY_BYTES = 64 * 1024;

/** The upstream's completion callback. Authenticated by the per-generation secret in the URL. */
export async function POST(request: Request, { params }: RouteContext<"/api/webhooks/grok/[generationId]">) {
  const { generationId } = await params;
  const token = new URL(request.url).searchParams.get("token");
  const text = await request.text();
  let body: unknown = null;
  if (text.length <= MAX_BODY_BYTES) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null; // the body is only a hint; the task is re-read either way
    }
  }
  const outcome = await handleGrokCallback({ db, grok: grokClient() }, { generationId, token, body });
  if (outcome === "not_found")
    return Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });
  // Answer the upstream at once; copying a finished video happens after the response.
  after(reconcileNow);
  return Response.json({ ok: true });
}
