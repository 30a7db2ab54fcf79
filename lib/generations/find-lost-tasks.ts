import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GrokClient } from "@/lib/grok/client";
import type { TaskRecord } from "@/lib/grok/schemas";
import { redactCallbackToken } from "./send-generation";
import { log } from "@/lib/log/logger";

/** A submit whose answer was lost: what was sent, and when. */
export interface LostSubmit {
  id: string;
  sendStartedAt: Date;
  sentRequest: Record<string, unknown>;
}

export interface LostTaskSearch {
  /** Generation id → the provider's task made from its exact request. */
  found: Map<string, TaskRecord>;
  /** True only when the provider's whole list for the window was read, so "absent" means absent. */
  conclusive: boolean;
}

const PAGE = 50;
const MAX_PAGES = 10;
/** Clocks differ; the provider stamps a task when it gets the request, which may be a little later. */
const SLACK_MS = 30_000;

/**
 * Finds the tasks of lost submits in the provider's list of tasks created around the time they
 * were sent (`retrieve_batch` with `created_at_min/max`: their web client's filters, not in the
 * public docs). A task matches when its echoed `request` holds exactly the body we sent (the
 * callback URL names the generation, when there is one) and no other generation has it yet.
 * The filters being ignored (items outside the window) is tolerated by reading on; being
 * refused, or a list too long to read, leaves the search inconclusive — never "not found".
 */
export async function findLostTasks(
  deps: { db: PrismaClient; grok: Pick<GrokClient, "listTasks"> },
  lost: LostSubmit[],
  submitTimeoutMs: number,
): Promise<LostTaskSearch> {
  const found = new Map<string, TaskRecord>();
  if (lost.length === 0) return { found, conclusive: true };
  const times = lost.map((l) => l.sendStartedAt.getTime());
  const createdAtMin = new Date(Math.min(...times) - SLACK_MS);
  const createdAtMax = new Date(Math.max(...times) + submitTimeoutMs + SLACK_MS);

  const records: TaskRecord[] = [];
  let conclusive = false;
  try {
    const seen = new Set<string>();
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await deps.grok.listTasks({
        createdAtMin,
        createdAtMax,
        offset: page * PAGE,
        limit: PAGE,
      });
      const fresh = result.items.filter((r) => !seen.has(r.id));
      // An upstream that ignores `offset` answers the same page again: stop, unsure.
      if (result.items.length > 0 && fresh.length === 0) break;
      for (const r of fresh) seen.add(r.id);
      records.push(...fresh);
      if (result.returned < PAGE || (result.total !== undefined && seen.size >= result.total)) {
        conclusive = true;
        break;
      }
    }
  } catch (error) {
    log.warn({ event: "lookup.failed", reason: String(error) }, "the provider's task list could not be read");
    return { found, conclusive: false };
  }

  const candidates = records.filter(
    (r) => inWindow(r, createdAtMin, createdAtMax) || r.created_at === undefined,
  );
  const taken = new Set(
    (
      await deps.db.generation.findMany({
        where: { taskId: { in: candidates.map((r) => r.id) } },
        select: { taskId: true },
      })
    ).map((g) => g.taskId),
  );
  for (const submit of [...lost].sort((a, b) => a.sendStartedAt.getTime() - b.sendStartedAt.getTime())) {
    const match = candidates
      .filter((r) => !taken.has(r.id) && sameRequest(submit.sentRequest, r.request))
      .sort((a, b) => distance(a, submit) - distance(b, submit))[0];
    if (!match) continue;
    found.set(submit.id, match);
    taken.add(match.id);
  }
  return { found, conclusive };
}

const inWindow = (r: TaskRecord, min: Date, max: Date) =>
  r.created_at !== undefined && r.created_at * 1000 >= min.getTime() && r.created_at * 1000 <= max.getTime();

const distance = (r: TaskRecord, submit: LostSubmit) =>
  Math.abs((r.created_at ?? 0) * 1000 - submit.sendStartedAt.getTime());

/** Every field we sent is echoed unchanged (the echo may add fields of its own). */
export function sameRequest(
  sent: Record<string, unknown>,
  echoed: Record<string, unknown> | undefined,
): boolean {
  if (!echoed) return false;
  const echo = redactCallbackToken(echoed);
  return Object.entries(sent).every(([key, value]) => canonical(echo[key]) === canonical(value));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
