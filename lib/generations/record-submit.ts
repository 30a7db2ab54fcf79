import "server-only";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import type { GenerationSettings } from "@/lib/grok/settings-schema";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { costMicros, type PriceTable } from "@/lib/usage/prices";
import { waitingInTurn } from "./dispatch-order";
import type { SubmitOutcome } from "./submit-outcome";

/**
 * What the single submit and the batch submit write alike, so a row, its usage and its activity
 * line can never differ between the two paths that pay for a video.
 */
export interface NewGeneration {
  workspaceId: string;
  userId: string;
  idempotencyKey: string;
  settings: GenerationSettings;
  remixedFromId?: string | null;
  batch?: { id: string; index: number; size: number };
  /** A take of a storyboard's shot (lib/storyboards/advance-run.ts). */
  shotId?: string | null;
  /** The cast members the prompt named (lib/characters/apply-cast.ts). */
  characterIds?: string[];
}

/**
 * One submit at a time per WORKSPACE, single or batch: the workspace's caps and quota are shared by
 * its members, so a lock per member let 8 members x 5 submits put 21 through a cap of 20.
 */
export async function lockWorkspaceSubmits(tx: Prisma.TransactionClient, workspaceId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`submit:${workspaceId}`}))`;
}

/** `pace`: when the submit may be sent (limits.ts `paceSlot`, `paceFields`). */
export function generationRowData(
  input: NewGeneration,
  pace: { paceAt: Date; nextPollAt: Date | null },
): Prisma.GenerationUncheckedCreateInput {
  const { settings } = input;
  return {
    ...pace,
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
    shotId: input.shotId ?? null,
    characterIds: input.characterIds ?? [],
    batchId: input.batch?.id ?? null,
    batchIndex: input.batch?.index ?? null,
    batchSize: input.batch?.size ?? null,
  };
}

/**
 * The seconds it asks for, counted against the quotas, what they cost at the workspace's price
 * now (a later price change does not rewrite the past; `prices`: as assertWithinLimits read them),
 * and the activity line naming it.
 */
export async function recordRequested(
  tx: Prisma.TransactionClient,
  input: NewGeneration & { generationId: string },
  prices: PriceTable,
): Promise<void> {
  const { settings } = input;
  await tx.usageEvent.create({
    data: {
      workspaceId: input.workspaceId,
      userId: input.userId,
      generationId: input.generationId,
      kind: "requested",
      seconds: settings.durationSec,
      costMicros: costMicros(prices, settings.model, settings.durationSec),
    },
  });
  await recordActivity(tx, {
    workspaceId: input.workspaceId,
    actorId: input.userId,
    action: "generation.created",
    subject: shorten(settings.prompt, 120),
    detail: {
      generationId: input.generationId,
      durationSec: settings.durationSec,
      model: settings.model,
      ...(input.batch ? { batchId: input.batch.id, batchIndex: input.batch.index } : {}),
    },
  });
}

/** What the creator is told at once about each of these generations, in the order given. */
export async function submitOutcomes(
  db: PrismaClient,
  generationIds: string[],
  duplicate: boolean,
): Promise<SubmitOutcome[]> {
  const rows = await db.generation.findMany({
    where: { id: { in: generationIds } },
    select: {
      id: true,
      state: true,
      errorCode: true,
      errorMessage: true,
      traceId: true,
      workspaceId: true,
      sendStartedAt: true,
      paceAt: true,
    },
  });
  const now = new Date();
  const waiting = rows.filter((g) => g.state === "queued" && !g.sendStartedAt);
  const line = waiting.length ? await waitingInTurn(db, { workspaceId: rows[0]!.workspaceId }) : [];
  return generationIds.map((id) => {
    const { workspaceId: _w, sendStartedAt: _s, id: _id, paceAt, ...fields } = rows.find((g) => g.id === id)!;
    const position = waiting.some((g) => g.id === id) ? line.find((w) => w.id === id)?.position : undefined;
    return {
      generationId: id,
      duplicate,
      ...fields,
      ...(position ? { queuePosition: position } : {}),
      ...(position && paceAt && paceAt > now ? { pacedUntil: paceAt.toISOString() } : {}),
    };
  });
}

/** An activity line names the video by its prompt; a long one is cut at a word, with an ellipsis. */
function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const atWord = cut.lastIndexOf(" ");
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}
