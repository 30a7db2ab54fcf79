import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GrokClient } from "@/lib/grok/client";
import { interpretCallback, interpretTask } from "@/lib/grok/schemas";
import type { Jobs } from "@/lib/jobs/enqueue";
import { applyEvent } from "./apply-event";
import { verifyCallbackSecret } from "./callback-secret";
import { followUp } from "./follow-up";
import { addLogContext } from "@/lib/log/context";
import { log } from "@/lib/log/logger";

export type CallbackOutcome = "not_found" | "accepted";

/**
 * Whether a callback URL is genuine: the generation exists and the token matches its secret.
 * Cheap (one indexed read), so the webhook route asks it before reading any body.
 */
export async function authenticateCallback(
  db: PrismaClient,
  generationId: string,
  token: string | null,
): Promise<boolean> {
  if (!generationId || generationId.length > 64 || generationId.includes("\0")) return false;
  const g = await db.generation.findUnique({
    where: { id: generationId },
    select: { callbackSecretHash: true },
  });
  return Boolean(g && verifyCallbackSecret(g.callbackSecretHash, token));
}

/**
 * The upstream's callback. Callbacks are unsigned, so the URL's secret proves only that the
 * caller knows the URL; the body is a hint. Nothing changes until the task is re-read from the
 * upstream itself — a forged body can at most make us look sooner.
 */
export async function handleGrokCallback(
  deps: {
    db: PrismaClient;
    grok: Pick<GrokClient, "retrieveTask">;
    jobs?: Jobs;
    now?: () => Date;
    /** Callbacks keep coming for a task still pending: its next look waits this long again. */
    callbackWaitMs?: number;
  },
  input: { generationId: string; token: string | null; body: unknown },
): Promise<CallbackOutcome> {
  const g = await deps.db.generation.findUnique({
    where: { id: input.generationId },
    select: { id: true, taskId: true, callbackSecretHash: true },
  });
  if (!g || !verifyCallbackSecret(g.callbackSecretHash, input.token)) return "not_found";
  addLogContext({ generationId: g.id });
  log.info({ event: "callback.received" }, "callback received");

  let hintTaskId: string | undefined;
  try {
    hintTaskId = interpretCallback(input.body).taskId;
  } catch {
    hintTaskId = undefined; // an unreadable body is still a nudge to look
  }
  const taskId = g.taskId ?? hintTaskId;
  if (!taskId) return "accepted";

  try {
    const record = await deps.grok.retrieveTask(taskId);
    // Attaching a task to a generation whose submit went unanswered: the task must have been
    // created with this generation's callback URL, or it is somebody else's.
    if (!g.taskId && !String(record.request?.callback_url ?? "").includes(`/api/webhooks/grok/${g.id}`)) {
      return "accepted";
    }
    const at = deps.now?.() ?? new Date();
    const r = await applyEvent(deps.db, g.id, { type: "observed", task: interpretTask(record), at });
    // Finished: its video is copied now and its waiting look is dropped. Still pending: the next
    // callback is awaited, the look stays the safety net.
    await followUp(deps, g.id, r, at, 0, deps.callbackWaitMs);
  } catch {
    // Could not re-read now: look right away instead of at the next scheduled look.
    await deps.jobs?.pollNow(g.id);
  }
  return "accepted";
}
