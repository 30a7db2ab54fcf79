import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { type GrokClient, type SubmitVideoRequest, submitBody } from "@/lib/grok/client";
import { classifySubmitFailure } from "@/lib/grok/errors";
import type { AspectRatio, ModelId, Resolution } from "@/lib/grok/catalog";
import type { Jobs } from "@/lib/jobs/enqueue";
import { applyEvent } from "./apply-event";
import { callbackUrl, createCallbackSecret } from "./callback-secret";
import { followUp } from "./follow-up";
import { nextSendAttempt, SUBMIT_TIMEOUT_MS } from "./next-poll";
import { log } from "@/lib/log/logger";

export interface SendDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "submitVideo">;
  /** Public base URL for callbacks; without it polling alone tracks the task. */
  appUrl?: string;
  /** With `appUrl`: how long a sent task waits for its callback before the first look (next-poll.ts). */
  callbackWaitMs?: number;
  /** Turns a workspace's image asset ids into URLs the upstream can fetch. */
  resolveImageUrls?: (
    workspaceId: string,
    ids: { inputImageId?: string | null; referenceImageIds: string[] },
  ) => Promise<{ imageUrl?: string; referenceImageUrls: string[] }>;
  /** How long the upstream's answer is waited for; after that the outcome is unknown. */
  submitTimeoutMs?: number;
  /** The job engine, to book the first look at what was sent. Without it the recover sweep does. */
  jobs?: Jobs;
  now?: () => Date;
}

export type SendResult = "sent" | "not_ours" | "failed" | "unknown" | "requeued";

/**
 * Sends one queued generation upstream, at most once ever. The send is claimed by a
 * compare-and-set that records the exact body (callback token redacted) before the POST, so:
 * a row without `sendStartedAt` certainly never left and may be sent (or canceled); a row with
 * it may be a paid task and is only ever settled by what the provider says, never re-sent.
 */
export async function sendGeneration(deps: SendDeps, generationId: string): Promise<SendResult> {
  const at = () => deps.now?.() ?? new Date();
  const g = await deps.db.generation.findFirst({
    where: { id: generationId, state: "queued", sendStartedAt: null },
  });
  if (!g) return "not_ours";

  let request: SubmitVideoRequest;
  const { secret, hash } = createCallbackSecret();
  try {
    const images = deps.resolveImageUrls
      ? await deps.resolveImageUrls(g.workspaceId, {
          inputImageId: g.inputImageId,
          referenceImageIds: g.referenceImageIds,
        })
      : { referenceImageUrls: [] };
    request = {
      prompt: g.prompt,
      model: g.model as ModelId,
      aspectRatio: g.aspectRatio as AspectRatio,
      resolution: g.resolution as Resolution,
      duration: g.durationSec,
      ...(images.imageUrl ? { imageUrl: images.imageUrl } : {}),
      ...(images.referenceImageUrls.length ? { referenceImageUrls: images.referenceImageUrls } : {}),
      ...(deps.appUrl ? { callbackUrl: callbackUrl(deps.appUrl, generationId, secret) } : {}),
    };
  } catch (error) {
    log.error({ event: "send.unprepared", generationId, err: error }, "could not be prepared");
    const failure = classifySubmitFailure(error, false);
    const r = await applyEvent(deps.db, generationId, { type: "send_failed", ...failure, at: at() });
    await followUp(deps, generationId, r, at());
    return "failed";
  }

  const sendStartedAt = at();
  const claimed = await deps.db.generation.updateMany({
    where: { id: generationId, state: "queued", sendStartedAt: null },
    data: {
      sendStartedAt,
      sendReservedUntil: null,
      // If no answer is recorded by then (this process died), a look finds out what happened.
      nextPollAt: new Date(sendStartedAt.getTime() + (deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS) + 1_000),
      // Exactly what goes out, so a lost answer can be matched to its task in the provider's list.
      sentRequest: redactCallbackToken(submitBody(request)) as Prisma.InputJsonValue,
      callbackSecretHash: hash,
    },
  });
  if (claimed.count !== 1) return "not_ours"; // canceled, or another instance is sending it

  try {
    const accepted = await deps.grok.submitVideo(request);
    log.info({ event: "generation.sent", generationId, taskId: accepted.taskId }, "accepted by the provider");
    const r = await applyEvent(deps.db, generationId, { type: "accepted", ...accepted, at: at() });
    // Callbacks first: the first look waits until the task is overdue; polls are the safety net.
    await followUp(deps, generationId, r, at(), 0, deps.appUrl ? deps.callbackWaitMs : undefined);
    return "sent";
  } catch (error) {
    const failure = classifySubmitFailure(error, true);
    if (failure.kind !== "rejected")
      log.warn({ event: "send.failed", generationId, failure: failure.kind }, String(error));
    if (failure.kind === "busy") return requeue(deps, generationId, sendStartedAt);
    if (failure.kind === "maybe_sent") {
      // Looked for in the provider's task list soon; the callback may settle it first.
      const r = await applyEvent(deps.db, generationId, {
        type: "outcome_unknown",
        code: failure.code,
        message: failure.message,
        at: at(),
      });
      await followUp(deps, generationId, r, at());
      return "unknown";
    }
    const type = failure.kind === "rejected" ? "rejected" : "send_failed";
    const r = await applyEvent(deps.db, generationId, { type, ...failure, at: at() });
    await followUp(deps, generationId, r, at());
    return "failed";
  }
}

/**
 * The token's concurrency was full (429): the upstream took nothing, so the generation goes
 * back to the queue with a backoff and is sent again later — the only case where a send that
 * started may start again. Compare-and-set on our own send marker: nothing else touched it.
 */
async function requeue(deps: SendDeps, generationId: string, sendStartedAt: Date): Promise<SendResult> {
  const g = await deps.db.generation.findUnique({
    where: { id: generationId },
    select: { sendAttempts: true },
  });
  const attempts = (g?.sendAttempts ?? 0) + 1;
  const retryAt = nextSendAttempt(attempts, deps.now?.() ?? new Date());
  await deps.db.generation.updateMany({
    where: { id: generationId, state: "queued", sendStartedAt },
    data: {
      sendStartedAt: null,
      sentRequest: Prisma.DbNull,
      callbackSecretHash: null,
      sendAttempts: attempts,
      nextPollAt: retryAt,
    },
  });
  await deps.jobs?.dispatch(retryAt);
  return "requeued";
}

/** The callback URL carries a secret; the stored copy of the request must not. */
export function redactCallbackToken(body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body.callback_url !== "string" || !URL.canParse(body.callback_url)) return body;
  const url = new URL(body.callback_url);
  url.searchParams.delete("token");
  return { ...body, callback_url: url.toString() };
}
