import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { typoDistance } from "./typo-distance";

/**
 * How close a prompt's best-matching stretch must be to the search, in pg_trgm's word similarity,
 * to be a candidate at all. Low on purpose: one slip in a short word shares few trigrams ("wale"
 * and "whale" score 0.4); typo-distance.ts then decides which candidates are typos, and ranks them.
 */
const THRESHOLD = 0.3;

/**
 * How many of the workspace's newest prompts are looked through for close matches. A typo's
 * trigrams are common ones ("whael" shares " wh" with every "white" and "where"), so an index finds
 * too many candidates to be quick at a million videos; the newest few thousand are read in one
 * short index range instead, whatever the workspace's size (bench:gallery).
 */
const RECENT = 1_000;

/**
 * The workspace's prompts a typo away from a search that matched nothing as typed, fewest typos
 * first (then closest, then newest), among its newest RECENT videos: the gallery's "close matches".
 */
export async function similarPrompts(
  db: PrismaClient,
  input: { workspaceId: string; q: string; take: number },
): Promise<Array<{ id: string; typos: number }>> {
  const rows = await db.$queryRaw<Array<{ id: string; prompt: string; score: number }>>`
    SELECT id, prompt, score FROM (
      SELECT id, prompt, "createdAt", word_similarity(${input.q}, prompt) AS score
        FROM (
          SELECT id, prompt, "createdAt" FROM "Generation"
           WHERE "workspaceId" = ${input.workspaceId} AND "deletedAt" IS NULL
           ORDER BY "createdAt" DESC, id DESC
           LIMIT ${RECENT}
        ) AS recent
    ) AS scored
     WHERE score >= ${THRESHOLD}
     ORDER BY score DESC, "createdAt" DESC
     LIMIT ${input.take}`;
  // Fewest typos first; among equals, the trigram score's order (best, then newest) stands.
  return rows
    .flatMap((r) => {
      const typos = typoDistance(input.q, r.prompt);
      return typos === null ? [] : [{ id: r.id, typos }];
    })
    .sort((a, b) => a.typos - b.typos);
}
