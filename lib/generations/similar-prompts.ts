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
 * The workspace's prompts a typo away from a search that matched nothing as typed, fewest typos
 * first (then closest, then newest): the gallery's "close matches". `<%` is served by the prompt's trigram index, so the
 * workspace's other prompts are never read; the threshold is set for this query only.
 */
export async function similarPrompts(
  db: PrismaClient,
  input: { workspaceId: string; q: string; take: number },
): Promise<Array<{ id: string; typos: number }>> {
  const [, rows] = await db.$transaction([
    db.$executeRawUnsafe(`SET LOCAL pg_trgm.word_similarity_threshold = ${THRESHOLD}`),
    db.$queryRaw<Array<{ id: string; prompt: string; score: number }>>`
      SELECT id, prompt, word_similarity(${input.q}, prompt) AS score
        FROM "Generation"
       WHERE "workspaceId" = ${input.workspaceId} AND "deletedAt" IS NULL AND ${input.q} <% prompt
       ORDER BY score DESC, "createdAt" DESC
       LIMIT ${input.take}`,
  ]);
  // Fewest typos first; among equals, the trigram score's order (best, then newest) stands.
  return rows
    .flatMap((r) => {
      const typos = typoDistance(input.q, r.prompt);
      return typos === null ? [] : [{ id: r.id, typos }];
    })
    .sort((a, b) => a.typos - b.typos);
}
