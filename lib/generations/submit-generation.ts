import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GenerationSettings } from "@/lib/grok/settings-schema";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertWithinLimits, DEFAULT_LIMITS, type SubmitLimits } from "./limits";
import { dispatchGenerations, type DispatchDeps } from "./dispatch-generations";
import { waitingInTurn } from "./dispatch-order";
import type { SubmitOutcome } from "./submit-outcome";
import type { UploadAvailability } from "@/lib/uploads/availability";
import { checkSubmitInput } from "./check-submit-input";

export interface SubmitDeps extends DispatchDeps {
  limits?: SubmitLimits;
  /** Whether reference images can reach the upstream in this deployment. */
  imageAvailability?: () => UploadAvailability;
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
 * existing row without calling upstream. Then a dispatch pass runs at once: with a free slot on
 * the upstream token (and this generation's turn) it is sent now and its outcome told at once;
 * otherwise it waits in the queue, with its position, and the `dispatch` job sends it when a
 * slot frees. An answer lost after sending becomes `unknown` and is settled later — never re-sent.
 */
export async function submitGeneration(deps: SubmitDeps, input: SubmitInput): Promise<SubmitOutcome> {
  const now = deps.now?.() ?? new Date();
  const existing = await findByKey(deps.db, input);
  if (existing) return outcome(deps.db, existing.id, true);
  await checkSubmitInput(deps, {
    workspaceId: input.workspaceId,
    remixedFromId: input.remixedFromId,
    images: {
      inputImageId: input.settings.inputImageId,
      referenceImageIds: input.settings.referenceImageIds ?? [],
    },
  });

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
    if (isUniqueViolation(error)) {
      const winner = await findByKey(deps.db, input);
      if (winner) return outcome(deps.db, winner.id, true);
    }
    throw error;
  }

  try {
    await dispatchGenerations(deps);
  } catch (error) {
    // Saved and queued: the dispatch job sends it. The submit itself succeeded.
    console.error(`[submit] dispatch after generation ${generationId}`, error);
    await deps.jobs?.dispatch().catch(() => undefined);
  }
  return outcome(deps.db, generationId, false);
}

async function outcome(db: PrismaClient, generationId: string, duplicate: boolean): Promise<SubmitOutcome> {
  const g = await db.generation.findUniqueOrThrow({
    where: { id: generationId },
    select: {
      state: true,
      errorCode: true,
      errorMessage: true,
      traceId: true,
      workspaceId: true,
      sendStartedAt: true,
    },
  });
  const { workspaceId, sendStartedAt, ...fields } = g;
  const waiting = g.state === "queued" && !sendStartedAt;
  const position = waiting
    ? (await waitingInTurn(db, { workspaceId })).find((w) => w.id === generationId)?.position
    : undefined;
  return { generationId, duplicate, ...fields, ...(position ? { queuePosition: position } : {}) };
}

const findByKey = (db: PrismaClient, input: SubmitInput) =>
  db.generation.findUnique({
    where: {
      workspaceId_idempotencyKey: { workspaceId: input.workspaceId, idempotencyKey: input.idempotencyKey },
    },
    select: { id: true },
  });
