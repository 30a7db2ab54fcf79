import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GenerationSettings } from "@/lib/grok/settings-schema";
import { isUniqueViolation } from "@/lib/db/errors";
import { assertWithinLimits, DEFAULT_LIMITS, paceFields, paceSlot, type SubmitLimits } from "./limits";
import { dispatchAfterSubmit, type DispatchDeps } from "./dispatch-generations";
import type { SubmitOutcome } from "./submit-outcome";
import type { UploadAvailability } from "@/lib/uploads/availability";
import { validateSubmitInput } from "./validate-submit-input";
import { generationRowData, lockWorkspaceSubmits, recordRequested, submitOutcomes } from "./record-submit";
import { addLogContext } from "@/lib/log/context";
import { withCast } from "./with-cast";
import { log } from "@/lib/log/logger";

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
  /** A take of a storyboard's shot. */
  shotId?: string | null;
  /** Set by the submit from the prompt's `@Name` mentions (with-cast.ts). */
  characterIds?: string[];
}

/**
 * Submits a paid generation at most once per idempotency key. The row is committed (state
 * `queued`) before the upstream call, so a crash never loses it; a duplicate key returns the
 * existing row without calling upstream. Then a dispatch pass runs at once: with a free slot on
 * the upstream token (and this generation's turn) it is sent now and its outcome told at once;
 * otherwise it waits in the queue, with its position, and the `dispatch` job sends it when a
 * slot frees. An answer lost after sending becomes `unknown` and is settled later — never re-sent.
 */
export async function submitGeneration(deps: SubmitDeps, asked: SubmitInput): Promise<SubmitOutcome> {
  const now = deps.now?.() ?? new Date();
  const existing = await findByKey(deps.db, asked);
  if (existing) return outcome(deps.db, existing.id, true);
  const input = await withCast(deps.db, asked);
  await validateSubmitInput(deps, {
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
        await lockWorkspaceSubmits(tx, input.workspaceId);
        const limits = deps.limits ?? DEFAULT_LIMITS;
        const pace = paceFields(await paceSlot(tx, { ...input, now, limits }), now);
        const row = await tx.generation.create({
          data: generationRowData(input, pace),
          select: { id: true },
        });
        const { prices } = await assertWithinLimits(tx, {
          ...input,
          durationSec: input.settings.durationSec,
          model: input.settings.model,
          now,
          limits,
        });
        await recordRequested(tx, { ...input, generationId: row.id }, prices);
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

  addLogContext({ generationId });
  log.info(
    { event: "generation.submitted", workspaceId: input.workspaceId, model: input.settings.model },
    "submitted",
  );
  await dispatchAfterSubmit(deps, `generation ${generationId}`);
  return outcome(deps.db, generationId, false);
}

const outcome = async (db: PrismaClient, generationId: string, duplicate: boolean) =>
  (await submitOutcomes(db, [generationId], duplicate))[0]!;

const findByKey = (db: PrismaClient, input: SubmitInput) =>
  db.generation.findUnique({
    where: {
      workspaceId_idempotencyKey: { workspaceId: input.workspaceId, idempotencyKey: input.idempotencyKey },
    },
    select: { id: true },
  });
