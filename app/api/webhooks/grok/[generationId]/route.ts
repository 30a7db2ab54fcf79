import { db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { authenticateCallback, handleGrokCallback } from "@/lib/generations/handle-callback";
import { expectedCallbackWaitMs, grokClient } from "@/lib/generations/wiring";
import { readJsonBody } from "@/lib/http/read-body";
import { appJobs } from "@/lib/jobs/engine";
import { withRouteLogContext } from "@/lib/log/request-context";

const MAX_BODY_BYTES = 64 * 1024;

const notFound = () =>
  Response.json({ error: { code: "not_found", message: "Not found." } }, { status: 404 });

type Context = RouteContext<"/api/webhooks/grok/[generationId]">;

/** The upstream's completion callback, with its request id in the log (the path only: the token stays out). */
export const POST = (request: Request, context: Context) =>
  withRouteLogContext(request, () => receive(request, context));

/** Authenticated by the per-generation secret in the URL. */
async function receive(request: Request, { params }: Context) {
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
  // A finished video is copied by a `mirror` job, so the upstream is answered at once.
  const deps = { db, grok: grokClient(), jobs: await appJobs(), callbackWaitMs: expectedCallbackWaitMs() };
  const outcome = await handleGrokCallback(deps, { generationId, token, body });
  if (outcome === "not_found") return notFound();
  return Response.json({ ok: true });
}
