import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { type GrokClient, type SubmitVideoRequest, submitBody } from "@/lib/grok/client";
import { classifySubmitFailure } from "@/lib/grok/errors";
import type { AspectRatio, ModelId, Resolution } from "@/lib/grok/catalog";
import { applyEvent } from "./apply-event";
import { callbackUrl, createCallbackSecret } from "./callback-secret";
import { FIRST_POLL_DELAY_MS } from "./schedule";

export interface SendDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "submitVideo">;
  /** Public base URL for callbacks; without it polling alone tracks the task. */
  appUrl?: string;
  /** Turns a workspace's image asset ids into URLs the upstream can fetch. */
  resolveImageUrls?: (
    workspaceId: string,
    ids: { inputImageId?: string | null; referenceImageIds: string[] },
  ) => Promise<{ imageUrl?: string; referenceImageUrls: string[] }>;
  now?: () => Date;
}

export type SendResult = "sent" | "not_ours" | "failed" | "unknown";

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
    console.error(`[send] generation ${generationId} could not be prepared`, error);
    const failure = classifySubmitFailure(error, false);
    await applyEvent(deps.db, generationId, { type: "send_failed", ...failure, at: at() });
    return "failed";
  }

  const claimed = await deps.db.generation.updateMany({
    where: { id: generationId, state: "queued", sendStartedAt: null },
    data: {
      sendStartedAt: at(),
      // Exactly what goes out, so a lost answer can be matched to its task in the provider's list.
      sentRequest: redactCallbackToken(submitBody(request)) as Prisma.InputJsonValue,
      callbackSecretHash: hash,
    },
  });
  if (claimed.count !== 1) return "not_ours"; // canceled, or another instance is sending it

  try {
    const accepted = await deps.grok.submitVideo(request);
    await applyEvent(deps.db, generationId, { type: "accepted", ...accepted, at: at() }, () => ({
      nextPollAt: new Date(at().getTime() + FIRST_POLL_DELAY_MS),
    }));
    return "sent";
  } catch (error) {
    const failure = classifySubmitFailure(error, true);
    if (failure.kind !== "rejected") console.warn(`[send] generation ${generationId}: ${String(error)}`);
    if (failure.kind === "maybe_sent") {
      await applyEvent(
        deps.db,
        generationId,
        { type: "outcome_unknown", code: failure.code, message: failure.message, at: at() },
        // Looked for in the provider's task list soon; the callback may settle it first.
        () => ({ nextPollAt: new Date(at().getTime() + FIRST_POLL_DELAY_MS) }),
      );
      return "unknown";
    }
    const type = failure.kind === "rejected" ? "rejected" : "send_failed";
    await applyEvent(deps.db, generationId, { type, ...failure, at: at() });
    return "failed";
  }
}

/** The callback URL carries a secret; the stored copy of the request must not. */
export function redactCallbackToken(body: Record<string, unknown>): Record<string, unknown> {
  if (typeof body.callback_url !== "string" || !URL.canParse(body.callback_url)) return body;
  const url = new URL(body.callback_url);
  url.searchParams.delete("token");
  return { ...body, callback_url: url.toString() };
}
