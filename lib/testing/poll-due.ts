import { pollGenerations, type PollDeps, type PollReport } from "@/lib/generations/poll-generations";
import { POLLED_STATES } from "@/lib/generations/state-machine";

/**
 * Looks at every generation whose next look is due, as the `check` jobs due at that moment
 * would — for tests that drive the clock (`deps.now`) instead of waiting for the engine.
 */
export async function pollDue(deps: PollDeps): Promise<PollReport> {
  const now = deps.now?.() ?? new Date();
  const due = await deps.db.generation.findMany({
    where: {
      nextPollAt: { lte: now },
      OR: [
        { state: { in: [...POLLED_STATES] } },
        { state: "queued", sendStartedAt: { not: null } },
        // Late looks at a task that may still exist (next-poll.ts, nextLateLook).
        { state: "timed_out", nextPollAt: { not: null } },
      ],
    },
    select: { id: true },
  });
  return pollGenerations(
    deps,
    due.map((g) => g.id),
  );
}
