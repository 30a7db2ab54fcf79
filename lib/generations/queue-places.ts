import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GenerationDto } from "./dto";
import { waitingInTurn } from "./dispatch-order";

/** Default slots of one upstream token (docs/upstream-api.md §6), when the caller does not say. */
const DEFAULT_CAP = 5;

/**
 * Fills in `queue` for the generations still waiting for a slot on the upstream token, in the
 * dispatcher's own order — one query, and only when some item is waiting.
 */
export async function withQueuePlaces(
  db: PrismaClient,
  input: {
    workspaceId: string;
    cap?: number;
    rows: Array<{ id: string; state: string; sendStartedAt: Date | null; paceAt: Date | null }>;
    items: GenerationDto[];
  },
): Promise<GenerationDto[]> {
  if (!input.rows.some((r) => r.state === "queued" && !r.sendStartedAt)) return input.items;
  const places = new Map(
    (await waitingInTurn(db, { workspaceId: input.workspaceId })).map((w) => [w.id, w.position]),
  );
  const cap = input.cap ?? DEFAULT_CAP;
  const now = new Date();
  const pacedUntil = new Map(
    input.rows.flatMap((r) => (r.paceAt && r.paceAt > now ? [[r.id, r.paceAt.toISOString()] as const] : [])),
  );
  return input.items.map((item) => {
    const position = places.get(item.id);
    if (!position) return item;
    const paced = pacedUntil.get(item.id);
    return { ...item, queue: { position, cap, ...(paced ? { pacedUntil: paced } : {}) } };
  });
}
