import "server-only";
import { slotsInUse, waitingInTurn } from "./dispatch-order";
import { sendGeneration, type SendDeps, type SendResult } from "./send-generation";
import { SUBMIT_TIMEOUT_MS } from "./next-poll";
import { log } from "@/lib/log/logger";

export interface DispatchDeps extends SendDeps {
  /** Tasks the upstream token may have in flight at once (ACEDATA_MAX_IN_FLIGHT). */
  cap: number;
}

export interface DispatchReport {
  results: Map<string, SendResult>;
  /** When the earliest generation backing off after a 429 may be sent (a wake-up is booked then). */
  nextWakeAt?: Date;
}

/** Dispatch passes one after another in one pass call, at most (a slot freed by a refusal is refilled). */
const MAX_ROUNDS = 10;

/**
 * Fills the upstream token's free slots from the queued generations, in turn (dispatch-order.ts),
 * and sends them. The slots are counted and taken under one advisory lock, so any number of
 * passes on any number of workers never exceed the cap; the request itself goes out after the
 * lock is released (a slow upstream does not hold up the others). A generation picked here
 * holds its slot by `sendReservedUntil` until `sendGeneration` records the send, so a process
 * that dies in between frees the slot when the reservation ends, having sent nothing.
 */
export async function dispatchGenerations(deps: DispatchDeps): Promise<DispatchReport> {
  const results = new Map<string, SendResult>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const picked = await reserveSlots(deps);
    if (picked.length === 0) break;
    const sent = await Promise.all(picked.map((id) => sendGeneration(deps, id)));
    picked.forEach((id, i) => results.set(id, sent[i]!));
    // Only a refusal frees its slot at once; otherwise the next finished task wakes us.
    if (!sent.some((r) => r === "failed" || r === "requeued" || r === "not_ours")) break;
  }
  const nextWakeAt = await earliestBackoff(deps);
  if (nextWakeAt) await deps.jobs?.dispatch(nextWakeAt);
  return { results, nextWakeAt };
}

async function reserveSlots(deps: DispatchDeps): Promise<string[]> {
  const now = deps.now?.() ?? new Date();
  const reservedUntil = new Date(now.getTime() + (deps.submitTimeoutMs ?? SUBMIT_TIMEOUT_MS) + 30_000);
  return deps.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('generation-dispatch'))`;
    const free = deps.cap - (await slotsInUse(tx, now));
    if (free <= 0) return [];
    const next = await waitingInTurn(tx, { eligibleAt: now, limit: free });
    if (next.length === 0) return [];
    const ids = next.map((g) => g.id);
    await tx.generation.updateMany({
      where: { id: { in: ids }, state: "queued", sendStartedAt: null },
      data: { sendReservedUntil: reservedUntil },
    });
    return ids;
  });
}

async function earliestBackoff(deps: DispatchDeps): Promise<Date | undefined> {
  const now = deps.now?.() ?? new Date();
  const row = await deps.db.generation.findFirst({
    where: { state: "queued", sendStartedAt: null, nextPollAt: { gt: now } },
    orderBy: { nextPollAt: "asc" },
    select: { nextPollAt: true },
  });
  return row?.nextPollAt ?? undefined;
}

/**
 * Right after a submit saved its rows: try to send them now. A failure here does not fail the
 * submit (the rows are saved and queued); the dispatch job is woken to send them instead.
 */
export async function dispatchAfterSubmit(deps: DispatchDeps, what: string) {
  try {
    await dispatchGenerations(deps);
  } catch (error) {
    log.error({ event: "dispatch.failed", err: error, after: what }, "dispatch failed");
    await deps.jobs?.dispatch().catch(() => undefined);
  }
}
