import "server-only";
import { z } from "@/lib/validation/zod";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { hasNul, NUL_MESSAGE, plainText } from "@/lib/validation/text";
import { ACTIVE_STATES, FAILED_STATES, PLAYABLE_STATES } from "./state-machine";
import { generationDtoSelect, toGenerationDto, type GenerationDto, type SignVideoUrl } from "./dto";
import { withQueuePlaces } from "./queue-places";
import { similarPrompts } from "./similar-prompts";
import { REVIEW_FILTERS } from "@/lib/reviews/review-status";

const optionalText = (max: number) =>
  plainText(NUL_MESSAGE)
    .trim()
    .max(max)
    .transform((v) => v || undefined)
    .optional();

/** The gallery's query: every filter is optional and lives in the page URL. */
export const listQuerySchema = z.object({
  // Opaque to the client; one that decodes to NUL could only fail inside the query.
  cursor: plainText(NUL_MESSAGE)
    .max(200)
    .refine((c) => !hasNul(Buffer.from(c, "base64url").toString()), { message: "is not a valid cursor" })
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(24),
  status: z
    .enum(["active", "playable", "failed", "all"], {
      message: "status must be active, playable, failed or all",
    })
    .default("all"),
  model: optionalText(64),
  aspectRatio: optionalText(8),
  creator: optionalText(64),
  favorite: z
    .enum(["true", "false", ""], { message: "favorite must be true or false" })
    .optional()
    .transform((v) => v === "true"),
  q: optionalText(200),
  // Served by the (workspaceId, reviewStatus, createdAt, id) index, in the gallery's order.
  review: z
    .enum([...REVIEW_FILTERS, ""], { message: "review must be in_review, approved or changes_requested" })
    .optional()
    .transform((v) => v || undefined),
  sort: z.enum(["newest", "oldest"], { message: "sort must be newest or oldest" }).default("newest"),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

const statesFor: Record<ListQuery["status"], readonly string[] | null> = {
  active: ACTIVE_STATES,
  playable: PLAYABLE_STATES,
  failed: FAILED_STATES,
  all: null,
};

/** Cursor = "<createdAt ISO>|<id>": stable under inserts, served by the (workspaceId, createdAt, id) index. */
const encodeCursor = (g: { createdAt: Date; id: string }) =>
  Buffer.from(`${g.createdAt.toISOString()}|${g.id}`).toString("base64url");
function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(at ?? "");
  return id && !Number.isNaN(createdAt.getTime()) ? { createdAt, id } : null;
}

/**
 * Prisma passes a `contains` term into the LIKE pattern as it is, so `%` and `_` would be
 * wildcards and a lone `\` an escape: "100%" would also find "100 percent". Escaped with LIKE's
 * default escape character, every character the user typed matches only itself.
 */
const likeLiteral = (term: string) => term.replace(/[\\%_]/g, "\\$&");

export async function listGenerations(
  db: PrismaClient,
  input: { workspaceId: string; query: ListQuery; signVideoUrl: SignVideoUrl; cap?: number },
): Promise<{ items: GenerationDto[]; nextCursor: string | null; match?: "similar" }> {
  const { query } = input;
  const states = statesFor[query.status];
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const direction = query.sort === "oldest" ? "asc" : "desc";
  const beyond = <T>(value: T) => (query.sort === "oldest" ? { gt: value } : { lt: value });
  const where: Prisma.GenerationWhereInput = {
    workspaceId: input.workspaceId,
    deletedAt: null,
    ...(states ? { state: { in: states as never } } : {}),
    ...(query.model ? { model: query.model } : {}),
    ...(query.aspectRatio ? { aspectRatio: query.aspectRatio } : {}),
    ...(query.creator ? { creatorId: query.creator } : {}),
    ...(query.favorite ? { favorite: true } : {}),
    ...(query.review ? { reviewStatus: query.review } : {}),
    // ILIKE '%…%' (Prisma's insensitive `contains`), served by the pg_trgm index on the prompt.
    ...(query.q ? { prompt: { contains: likeLiteral(query.q), mode: "insensitive" as const } } : {}),
    // After the cursor in the order shown: (createdAt, id) past the last one seen, either way.
    ...(after
      ? {
          OR: [{ createdAt: beyond(after.createdAt) }, { createdAt: after.createdAt, id: beyond(after.id) }],
        }
      : {}),
  };
  const rows = await db.generation.findMany({
    where,
    select: generationDtoSelect,
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: query.limit + 1,
  });
  // A search that matches nothing as typed gets the closest prompts instead ("wale": whale), best
  // first, one page, said so in `match`; the other filters still apply.
  if (query.q && !after && rows.length === 0) return similarPage(db, input, { ...where, prompt: undefined });
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const items = await Promise.all(page.map((row) => toGenerationDto(row, input.signVideoUrl)));
  return {
    items: await withQueuePlaces(db, { workspaceId: input.workspaceId, cap: input.cap, rows: page, items }),
    nextCursor: rows.length > query.limit && last ? encodeCursor(last) : null,
  };
}

/** How many close matches are ranked before the gallery's other filters narrow them. */
const SIMILAR_CANDIDATES = 200;

async function similarPage(
  db: PrismaClient,
  input: { workspaceId: string; query: ListQuery; signVideoUrl: SignVideoUrl; cap?: number },
  where: Prisma.GenerationWhereInput,
) {
  const ranked = await similarPrompts(db, {
    workspaceId: input.workspaceId,
    q: input.query.q!,
    take: SIMILAR_CANDIDATES,
  });
  if (ranked.length === 0) return { items: [], nextCursor: null };
  const order = new Map(ranked.map((r, i) => [r.id, i]));
  const rows = (
    await db.generation.findMany({
      where: { ...where, id: { in: ranked.map((r) => r.id) } },
      select: generationDtoSelect,
    })
  )
    .sort((a, b) => order.get(a.id)! - order.get(b.id)!)
    .slice(0, input.query.limit);
  const items = await Promise.all(rows.map((row) => toGenerationDto(row, input.signVideoUrl)));
  return {
    items: await withQueuePlaces(db, { workspaceId: input.workspaceId, cap: input.cap, rows, items }),
    nextCursor: null,
    match: "similar" as const,
  };
}

export async function getGeneration(
  db: PrismaClient,
  input: { workspaceId: string; id: string; signVideoUrl: SignVideoUrl; cap?: number },
): Promise<GenerationDto | null> {
  // Ownership in the query: another workspace's id is simply not found.
  const row = await db.generation.findFirst({
    where: { id: input.id, workspaceId: input.workspaceId, deletedAt: null },
    select: generationDtoSelect,
  });
  if (!row) return null;
  const dto = await toGenerationDto(row, input.signVideoUrl);
  const [placed] = await withQueuePlaces(db, {
    workspaceId: input.workspaceId,
    cap: input.cap,
    rows: [row],
    items: [dto],
  });
  return placed ?? dto;
}
