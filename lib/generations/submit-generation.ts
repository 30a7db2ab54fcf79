import type { PrismaClient } from "@/lib/db/generated/client";
import { Prisma } from "@/lib/db/generated/client";
import type { GenerationSettings } from "@/lib/grok/settings-schema";
import { GrokError } from "@/lib/grok/errors";
import type { GrokClient } from "@/lib/grok/client";
import { applyEvent } from "./apply-event";
import { callbackUrl, createCallbackSecret } from "./callback-secret";
import { assertWithinLimits, DEFAULT_LIMITS, type SubmitLimits } from "./limits";
import { FIRST_POLL_DELAY_MS, STALE_QUEUED_MS } from "./schedule";

export interface SubmitDeps {
  db: PrismaClient;
  grok: Pick<GrokClient, "submitVideo">;
  /** Public base URL for callbacks; without it the reconciler's polling alone tracks the task. */
  appUrl?: string;
  /** Turns our image asset ids into URLs the upstream can fetch. */
  resolveImageUrls?: (ids: { inputImageId?: string | null; referenceImageIds: string[] }) => Promise<{
    imageUrl?: string;
    referenceImageUrls: string[];
  }>;
  limits?: SubmitLimits;
  now?: () => Date;
}

export interface SubmitInput {
  workspaceId: string;
  userId: string;
  idempotencyKey: string;
  settings: GenerationSettings;
  remixedFromId?: string | null;
}

/**
 * Submits a paid generation at most once per idempotency key. The row is committed (state
 * `queued`) before the upstream call, so a crash never loses it; a duplicate key returns the
 * existing row without calling upstream; an answer lost after sending becomes `unknown` and is
 * settled later — it is never re-sent.
 */
export async function submitGeneration(deps: SubmitDeps, input: SubmitInput) {
  const now = deps.now?.() ?? new Date();
  const existing = await findByKey(deps.db, input);
  if (existing) return { generationId: existing.id, duplicate: true };

  const { secret, hash } = createCallbackSecret();
  let generationId: string;
  try {
    generationId = await deps.db.$transaction(
      async (tx) => {
        // One submit at a time per member, so the limits below are exact under concurrency.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`submit:${input.workspaceId}:${input.userId}`}))`;
        const { settings } = input;
        const row = await tx.generation.create({
          data: {
            workspaceId: input.workspaceId,
            creatorId: input.userId,
            idempotencyKey: input.idempotencyKey,
            prompt: settings.prompt,
            model: settings.model,
            aspectRatio: settings.aspectRatio,
            resolution: settings.resolution,
            durationSec: settings.durationSec,
            inputImageId: settings.inputImageId ?? null,
            referenceImageIds: settings.referenceImageIds ?? [],
            remixedFromId: input.remixedFromId ?? null,
            callbackSecretHash: hash,
            // If this process dies before the upstream answers, the reconciler finds the row then.
            nextPollAt: new Date(now.getTime() + STALE_QUEUED_MS),
          },
          select: { id: true },
        });
        await assertWithinLimits(tx, {
          ...input,
          durationSec: settings.durationSec,
          now,
          limits: deps.limits ?? DEFAULT_LIMITS,
        });
        await tx.usageEvent.create({
          data: {
            workspaceId: input.workspaceId,
            userId: input.userId,
            generationId: row.id,
            kind: "requested",
            seconds: settings.durationSec,
          },
        });
        return row.id;
        // Under a burst, waiting a little for a pooled connection beats refusing a paid request.
      },
      { maxWait: 10_000, timeout: 15_000 },
    );
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await findByKey(deps.db, input);
      if (winner) return { generationId: winner.id, duplicate: true };
    }
    throw error;
  }

  await sendUpstream(deps, generationId, input, secret);
  return { generationId, duplicate: false };
}

async function sendUpstream(deps: SubmitDeps, generationId: string, input: SubmitInput, secret: string) {
  const { settings } = input;
  const at = () => deps.now?.() ?? new Date();
  try {
    const images = deps.resolveImageUrls
      ? await deps.resolveImageUrls({
          inputImageId: settings.inputImageId,
          referenceImageIds: settings.referenceImageIds ?? [],
        })
      : { referenceImageUrls: [] };
    const accepted = await deps.grok.submitVideo({
      prompt: settings.prompt,
      model: settings.model,
      aspectRatio: settings.aspectRatio,
      resolution: settings.resolution,
      duration: settings.durationSec,
      ...(images.imageUrl ? { imageUrl: images.imageUrl } : {}),
      ...(images.referenceImageUrls.length ? { referenceImageUrls: images.referenceImageUrls } : {}),
      ...(deps.appUrl ? { callbackUrl: callbackUrl(deps.appUrl, generationId, secret) } : {}),
    });
    await applyEvent(deps.db, generationId, { type: "accepted", ...accepted, at: at() }, () => ({
      nextPollAt: new Date(at().getTime() + FIRST_POLL_DELAY_MS),
    }));
  } catch (error) {
    const event = failureEvent(error, at());
    await applyEvent(deps.db, generationId, event, () => ({
      // Unknown outcomes are looked at again by the reconciler; the rest are final.
      nextPollAt: event.type === "outcome_unknown" ? new Date(at().getTime() + FIRST_POLL_DELAY_MS) : null,
    }));
  }
}

function failureEvent(error: unknown, at: Date) {
  if (!(error instanceof GrokError)) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      type: "send_failed" as const,
      code: "internal",
      message: `The video could not be sent: ${message}`,
      at,
    };
  }
  const base = { code: error.code, message: error.userMessage, at };
  if (error.maybeSent) return { type: "outcome_unknown" as const, ...base };
  const clientError =
    error.httpStatus !== undefined &&
    error.httpStatus >= 400 &&
    error.httpStatus < 500 &&
    error.httpStatus !== 429;
  return {
    type: clientError ? ("rejected" as const) : ("send_failed" as const),
    ...base,
    traceId: error.traceId,
  };
}

const findByKey = (db: PrismaClient, input: SubmitInput) =>
  db.generation.findUnique({
    where: {
      workspaceId_idempotencyKey: { workspaceId: input.workspaceId, idempotencyKey: input.idempotencyKey },
    },
    select: { id: true },
  });
