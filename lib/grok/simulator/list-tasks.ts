import { z } from "@/lib/validation/zod";
import { errorResponse, json, toSeconds } from "./http";
import { type SimTask, taskRecord } from "./tasks";

/**
 * `retrieve_batch` without ids: the token's tasks by creation time, newest first (docs/upstream-api.md §2,
 * "Listing tasks by time", seen only in their web client). Since it is undocumented, the mode
 * lets a test play an upstream that supports the filters, ignores them, or refuses the call.
 */
export const LIST_FILTER_MODES = ["supported", "ignored", "refused"] as const;
export type ListFilterMode = (typeof LIST_FILTER_MODES)[number];

const MAX_LIMIT = 100;

const pageSchema = z.object({
  offset: z.number().int().min(0).nullish(),
  limit: z.number().int().min(1).nullish(),
});
const filterSchema = z.object({
  type: z.string().nullish(),
  created_at_min: z.number().nullish(),
  created_at_max: z.number().nullish(),
});

export function listTasks(
  tasks: Iterable<SimTask>,
  body: Record<string, unknown>,
  mode: ListFilterMode,
  now: number,
): Response {
  if (mode === "refused") return errorResponse(400, "bad_request", "ids must be a list of task ids.");
  const page = pageSchema.safeParse(body);
  const filters = filterSchema.safeParse(mode === "supported" ? body : {});
  if (!page.success || !filters.success) {
    const issues = [...(page.error?.issues ?? []), ...(filters.error?.issues ?? [])];
    return errorResponse(
      400,
      "bad_request",
      issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  }
  const { type, created_at_min: min, created_at_max: max } = filters.data;
  const offset = page.data.offset ?? 0;
  const limit = Math.min(page.data.limit ?? 50, MAX_LIMIT);

  // Newest first; among equal times the later submit first, as it was created after.
  const matching = [...tasks]
    .reverse()
    .filter((task) => {
      const created = toSeconds(task.createdAt);
      return (
        (type == null || type === "videos") &&
        (min == null || created >= min) &&
        (max == null || created <= max)
      );
    })
    .sort((a, b) => b.createdAt - a.createdAt);
  const items = matching.slice(offset, offset + limit).map((task) => taskRecord(task, now));
  return json({ items, count: items.length, total: matching.length });
}
