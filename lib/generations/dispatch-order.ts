import "server-only";
import { Prisma, type PrismaClient } from "@/lib/db/generated/client";
import { ACTIVE_STATES } from "./state-machine";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * `state IN ('queued', …)` written as literals: the planner reads them as enum constants and
 * estimates from the column's statistics (a handful of rows). A bound `text[]` cast to the enum
 * is not folded at plan time, so it was estimated at 3/4 of the table: at 1M generations that
 * planned hash joins for 700k rows and JIT-compiled them (~40 ms of a 70 ms query, for 8 rows).
 * The values are our own constants, never input.
 */
const ACTIVE = Prisma.raw(`(${ACTIVE_STATES.map((state) => `'${state}'`).join(", ")})`);

/**
 * The order in which queued generations get the upstream token's free slots: round-robin
 * between workspaces, and inside a workspace between its members, counting what each already
 * has running — so one member's batch of 20 does not starve a teammate, and one busy team does
 * not starve another. A member's own videos keep the order they were made in.
 *
 * `eligibleAt` leaves out generations still backing off after a 429; without it every queued
 * one is ranked (the queue positions the studio shows).
 */
export async function waitingInTurn(
  db: Db,
  { eligibleAt, limit, workspaceId }: { eligibleAt?: Date; limit?: number; workspaceId?: string },
): Promise<Array<{ id: string; workspaceId: string; position: number }>> {
  const now = eligibleAt ?? new Date();
  const rows = await db.$queryRaw<Array<{ id: string; workspaceId: string; position: bigint }>>`
    WITH in_flight AS (
      SELECT "workspaceId", "creatorId" FROM "Generation"
       WHERE state IN ${ACTIVE}
         AND NOT (state = 'queued' AND "sendStartedAt" IS NULL
                  AND ("sendReservedUntil" IS NULL OR "sendReservedUntil" <= ${now}))
    ), member_running AS (
      SELECT "workspaceId", "creatorId", count(*) AS n FROM in_flight GROUP BY 1, 2
    ), workspace_running AS (
      SELECT "workspaceId", count(*) AS n FROM in_flight GROUP BY 1
    ), waiting AS (
      SELECT g.id, g."workspaceId", g."createdAt",
             row_number() OVER (PARTITION BY g."workspaceId", g."creatorId" ORDER BY g."createdAt", g.id)
               + COALESCE(m.n, 0) AS member_turn
        FROM "Generation" g
        LEFT JOIN member_running m ON m."workspaceId" = g."workspaceId" AND m."creatorId" = g."creatorId"
       WHERE g.state = 'queued' AND g."sendStartedAt" IS NULL
         AND (g."sendReservedUntil" IS NULL OR g."sendReservedUntil" <= ${now})
         AND (${eligibleAt === undefined}::boolean OR g."nextPollAt" IS NULL OR g."nextPollAt" <= ${now})
    ), ranked AS (
      SELECT w.id, w."workspaceId", w."createdAt",
             row_number() OVER (PARTITION BY w."workspaceId" ORDER BY w.member_turn, w."createdAt", w.id)
               + COALESCE(r.n, 0) AS workspace_turn
        FROM waiting w
        LEFT JOIN workspace_running r ON r."workspaceId" = w."workspaceId"
    ), ordered AS (
      SELECT id, "workspaceId", row_number() OVER (ORDER BY workspace_turn, "createdAt", id) AS position
        FROM ranked
    )
    SELECT id, "workspaceId", position FROM ordered
     WHERE ${workspaceId ?? null}::text IS NULL OR "workspaceId" = ${workspaceId ?? null}
     ORDER BY position
     LIMIT ${limit ?? 100_000}`;
  return rows.map((r) => ({ id: r.id, workspaceId: r.workspaceId, position: Number(r.position) }));
}

/** How many of the token's slots are taken: sent and not finished, or picked and about to be. */
export async function slotsInUse(db: Db, now: Date): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT count(*) AS n FROM "Generation"
     WHERE state IN ${ACTIVE}
       AND NOT (state = 'queued' AND "sendStartedAt" IS NULL
                AND ("sendReservedUntil" IS NULL OR "sendReservedUntil" <= ${now}))`;
  return Number(row?.n ?? 0);
}
