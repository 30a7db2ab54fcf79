import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { validateSubmitInput } from "./validate-submit-input";
import { dispatchAfterSubmit } from "./dispatch-generations";
import { assertWithinLimits, DEFAULT_LIMITS, paceFields, paceSlot } from "./limits";
import { generationRowData, lockWorkspaceSubmits, recordRequested, submitOutcomes } from "./record-submit";
import { submitGeneration, type SubmitDeps, type SubmitInput } from "./submit-generation";
import { BATCH_SIZES, batchRowKey, type BatchOutcome, type BatchSize } from "./batch";
import { withCast } from "./with-cast";

/**
 * Submits `count` videos with the same settings as one paid request: under the workspace's submit
 * lock, the whole batch is counted against the quotas and limits before anything is written for
 * good, then its rows (each its own key, derived from the client's one batch key) commit together
 * or not at all. One dispatch pass follows, which sends each row as a slot frees. A retry with the
 * same key — whatever its count — returns the rows that key already made, never new ones.
 */
export async function submitBatch(
  deps: SubmitDeps,
  asked: SubmitInput & { count: BatchSize },
): Promise<BatchOutcome> {
  const earlier = await findBatch(deps.db, asked);
  if (earlier) return earlier;
  if (asked.count === 1) {
    const single = await submitGeneration(deps, asked);
    return { batchId: null, duplicate: single.duplicate, outcomes: [single] };
  }
  const input = { ...(await withCast(deps.db, asked)), count: asked.count };
  await validateSubmitInput(deps, {
    workspaceId: input.workspaceId,
    remixedFromId: input.remixedFromId,
    images: {
      inputImageId: input.settings.inputImageId,
      referenceImageIds: input.settings.referenceImageIds ?? [],
    },
  });

  const now = deps.now?.() ?? new Date();
  const batchId = randomUUID();
  let ids: string[];
  try {
    ids = await deps.db.$transaction(
      async (tx) => {
        await lockWorkspaceSubmits(tx, input.workspaceId);
        const limits = deps.limits ?? DEFAULT_LIMITS;
        // The whole batch is one submit for the pace: its rows wait (or go) together.
        const pace = paceFields(await paceSlot(tx, { ...input, now, limits }), now);
        const rows = [];
        // Last first: lists show newest first, so the batch reads "1 of 4" … "4 of 4" there.
        for (let index = input.count; index >= 1; index--) {
          const row = {
            ...input,
            idempotencyKey: batchRowKey(input.idempotencyKey, index),
            batch: { id: batchId, index, size: input.count },
          };
          const { id } = await tx.generation.create({
            data: generationRowData(row, pace),
            select: { id: true },
          });
          rows.unshift({ ...row, generationId: id });
        }
        // The counts now include the whole batch: it fits in full or is refused in full.
        const { prices } = await assertWithinLimits(tx, {
          ...input,
          durationSec: input.settings.durationSec,
          model: input.settings.model,
          count: input.count,
          now,
          limits,
        });
        for (const row of rows) await recordRequested(tx, row, prices);
        return rows.map((r) => r.generationId);
      },
      { maxWait: 10_000, timeout: 15_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) {
      const winner = await findBatch(deps.db, input);
      if (winner) return winner;
    }
    throw error;
  }

  await dispatchAfterSubmit(deps, `batch ${batchId}`);
  return { batchId, duplicate: false, outcomes: await submitOutcomes(deps.db, ids, false) };
}

/** The rows an earlier submit with this key made: a single one (the key itself) or a batch's. */
async function findBatch(
  db: PrismaClient,
  input: { workspaceId: string; idempotencyKey: string },
): Promise<BatchOutcome | null> {
  const keys = [
    input.idempotencyKey,
    ...Array.from({ length: Math.max(...BATCH_SIZES) }, (_, i) => batchRowKey(input.idempotencyKey, i + 1)),
  ];
  const rows = await db.generation.findMany({
    where: { workspaceId: input.workspaceId, idempotencyKey: { in: keys } },
    orderBy: [{ batchIndex: "asc" }, { createdAt: "asc" }],
    select: { id: true, batchId: true },
  });
  if (rows.length === 0) return null;
  return {
    batchId: rows[0]!.batchId,
    duplicate: true,
    outcomes: await submitOutcomes(
      db,
      rows.map((r) => r.id),
      true,
    ),
  };
}
