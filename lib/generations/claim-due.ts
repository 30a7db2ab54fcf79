import type { PrismaClient } from "@/lib/db/generated/client";
import type { GenerationState } from "./state-machine";
import { LEASE_MS } from "./schedule";

export interface ClaimedGeneration {
  id: string;
  state: GenerationState;
  taskId: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  sendStartedAt: Date | null;
  sentRequest: Record<string, unknown> | null;
  taskMissingSince: Date | null;
  pollAttempts: number;
  mirrorAttempts: number;
  providerVideoUrl: string | null;
  workspaceId: string;
}

/**
 * Claims up to `limit` generations whose next look is due, with a lease, in one statement.
 * `FOR UPDATE SKIP LOCKED` plus the lease make it safe for any number of instances: a row is
 * claimed by one of them until it is released or its lease runs out (the instance died).
 */
export async function claimDueGenerations(
  db: PrismaClient,
  { owner, now, limit }: { owner: string; now: Date; limit: number },
): Promise<ClaimedGeneration[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<ClaimedGeneration[]>`
    UPDATE "Generation" AS g
       SET "leaseOwner" = ${owner}, "leaseUntil" = ${leaseUntil}
     WHERE g.id IN (
       SELECT id FROM "Generation"
        WHERE state IN ('queued', 'unknown', 'submitted', 'running', 'succeeded')
          AND "nextPollAt" <= ${now}
          AND ("leaseUntil" IS NULL OR "leaseUntil" < ${now})
        ORDER BY "nextPollAt"
        LIMIT ${limit}
        FOR UPDATE SKIP LOCKED)
    RETURNING g.id, g.state::text AS state, g."taskId", g."createdAt", g."submittedAt", g."sendStartedAt",
              g."sentRequest", g."taskMissingSince", g."pollAttempts", g."mirrorAttempts",
              g."providerVideoUrl", g."workspaceId"`;
}
