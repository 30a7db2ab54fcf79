import { pollGenerations, type PollDeps, type PollReport } from "@/lib/generations/poll-generations";
import { AWAITING_LOOK } from "@/lib/generations/recover-generations";

/**
 * Looks at every generation whose next look is due, as the `check` jobs due at that moment
 * would — for tests that drive the clock (`deps.now`) instead of waiting for the engine.
 */
export async function pollDue(deps: PollDeps): Promise<PollReport> {
  const now = deps.now?.() ?? new Date();
  const due = await deps.db.generation.findMany({
    where: { nextPollAt: { lte: now }, ...AWAITING_LOOK },
    select: { id: true },
  });
  return pollGenerations(
    deps,
    due.map((g) => g.id),
  );
}
