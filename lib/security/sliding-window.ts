import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { THROTTLE_RULES, type RuleName } from "./throttle-policy";

export type WindowHit =
  | { allowed: true; id: bigint; /** hits already inside the window before this one */ before: number }
  | { allowed: false; retryAfterSeconds: number; before: number };

/** Anything with `$queryRaw` and `$executeRaw`: the client, or a transaction of it. */
type Db = Pick<PrismaClient, "$transaction">;

/**
 * Counts one hit on `subject` under `rule` if the window ending `now` holds fewer than the rule's
 * limit (THROTTLE_RULES). One transaction per key, serialised by an advisory lock, so of 40
 * concurrent hits exactly `limit` are counted, on every instance. `force` counts the hit even when
 * the window is full (the caller lets it through for another reason and it must still count).
 */
export async function hitWindow(
  db: Db,
  rule: RuleName,
  subject: string,
  options: { now?: Date; force?: boolean } = {},
): Promise<WindowHit> {
  const { limit, windowSeconds } = THROTTLE_RULES[rule];
  const now = options.now ?? new Date();
  const since = new Date(now.getTime() - windowSeconds * 1000);
  const key = `${rule}:${subject}`;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))) AS l`;
    // Hits that left the window are never needed again for this key.
    await tx.$executeRaw`DELETE FROM "ThrottleHit" WHERE "key" = ${key} AND "at" <= ${since}`;
    const inside = await tx.$queryRaw<Array<{ at: Date }>>`
      SELECT "at" FROM "ThrottleHit" WHERE "key" = ${key} ORDER BY "at" ASC, "id" ASC`;
    const before = inside.length;
    if (before >= limit && !options.force) {
      return {
        allowed: false,
        retryAfterSeconds: secondsUntilFree(inside, limit, windowSeconds, now),
        before,
      };
    }
    const [row] = await tx.$queryRaw<Array<{ id: bigint }>>`
      INSERT INTO "ThrottleHit" ("key", "at") VALUES (${key}, ${now}) RETURNING "id"`;
    return { allowed: true, id: row!.id, before };
  });
}

/** Whether `subject`'s window under `rule` is full right now, without counting anything: seconds to wait, or 0. */
export async function windowWait(
  db: Pick<PrismaClient, "throttleHit">,
  rule: RuleName,
  subject: string,
  now = new Date(),
): Promise<number> {
  const { limit, windowSeconds } = THROTTLE_RULES[rule];
  const inside = await db.throttleHit.findMany({
    where: { key: `${rule}:${subject}`, at: { gt: new Date(now.getTime() - windowSeconds * 1000) } },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    select: { at: true },
  });
  return inside.length < limit ? 0 : secondsUntilFree(inside, limit, windowSeconds, now);
}

/** A full window (oldest first) is free again once enough of its oldest hits have left it. */
function secondsUntilFree(
  inside: ReadonlyArray<{ at: Date }>,
  limit: number,
  windowSeconds: number,
  now: Date,
) {
  const frees = inside[inside.length - limit]!.at.getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((frees - now.getTime()) / 1000));
}

/** Takes counted hits back (an attempt that turned out not to be a failure, or was refused later). */
export async function refundHits(
  db: Pick<PrismaClient, "throttleHit">,
  ids: readonly bigint[],
): Promise<void> {
  if (ids.length > 0) await db.throttleHit.deleteMany({ where: { id: { in: [...ids] } } });
}

/** Forgets every hit on `subject` under `rule`. */
export async function clearWindow(
  db: Pick<PrismaClient, "throttleHit">,
  rule: RuleName,
  subject: string,
): Promise<void> {
  await db.throttleHit.deleteMany({ where: { key: `${rule}:${subject}` } });
}

/** Hits older than every rule's window: deleted by the daily cleanup. */
export async function sweepThrottleHits(
  db: Pick<PrismaClient, "throttleHit">,
  now = new Date(),
): Promise<number> {
  const longest = Math.max(...Object.values(THROTTLE_RULES).map((rule) => rule.windowSeconds));
  const { count } = await db.throttleHit.deleteMany({
    where: { at: { lt: new Date(now.getTime() - longest * 1000) } },
  });
  return count;
}
