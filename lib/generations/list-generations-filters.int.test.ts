import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { listGenerations, listQuerySchema } from "./list-generations";
import { ACTIVE_STATES, FAILED_STATES, PLAYABLE_STATES, type GenerationState } from "./state-machine";

// The gallery's filters and prompt search, on whichever database the run uses (PGlite or a
// PostgreSQL server), against a plain-code model of what each one must return and in which order.

let t: TestDatabase;
let workspaceId: string;
let creators: string[];

const PROMPTS = [
  "100% real",
  "100 percent",
  "snake_case",
  "snakeXcase",
  "back\\slash",
  "backslash",
  `it's "quoted"`,
  "A Lighthouse in a STORM",
  "lighthouse at dawn",
  "Scene with 50%_off\\sign",
];
const STATES: GenerationState[] = [
  "ready",
  "ready",
  "failed",
  "queued",
  "running",
  "succeeded",
  "rejected",
  "canceled",
];
const MODELS = ["grok-imagine-video", "grok-imagine-video-1.5-preview", "grok-imagine-video-1.5:official"];
const SHAPES = ["16:9", "9:16", "1:1", "2:3"];

interface Row {
  id: string;
  prompt: string;
  creatorId: string;
  model: string;
  aspectRatio: string;
  state: GenerationState;
  favorite: boolean;
  deleted: boolean;
  createdAt: Date;
}
let rows: Row[] = [];

beforeAll(async () => {
  t = await openTestDatabase();
  const owner = await createUser(t.db, { name: "Owner" });
  const mate = await createUser(t.db, { name: "Mate" });
  const newcomer = await createUser(t.db, { name: "Newcomer" });
  workspaceId = owner.workspace.id;
  creators = [owner.user.id, mate.user.id, newcomer.user.id];
  for (const userId of creators.slice(1)) {
    await t.db.membership.create({ data: { userId, workspaceId, role: "member" } });
  }
  const base = Date.UTC(2026, 0, 1);
  rows = Array.from({ length: 60 }, (_, i) => ({
    id: `gen-${String(i).padStart(3, "0")}`,
    prompt: PROMPTS[i % PROMPTS.length]!,
    creatorId: creators[i % 7 === 0 ? 2 : i % 3 === 0 ? 1 : 0]!,
    model: MODELS[i % MODELS.length]!,
    aspectRatio: SHAPES[i % SHAPES.length]!,
    state: STATES[i % STATES.length]!,
    favorite: i % 5 === 0,
    deleted: i % 11 === 10,
    // Pairs share a timestamp: ties are ordered by id, newest first, on every filter.
    createdAt: new Date(base + Math.floor(i / 2) * 60_000),
  }));
  await t.db.generation.createMany({
    data: rows.map(({ deleted, ...row }, i) => ({
      ...row,
      workspaceId,
      idempotencyKey: `key-${i}`,
      resolution: "480p",
      durationSec: 6,
      deletedAt: deleted ? new Date() : null,
    })),
  });
}, 120_000);
afterAll(() => t.close());

/** Every page of the gallery for `query`, followed by its cursors, as ids. */
async function listAll(query: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listGenerations(t.db, {
      workspaceId,
      query: listQuerySchema.parse({ ...query, limit: "7", ...(cursor ? { cursor } : {}) }),
      signVideoUrl: async (key) => `/signed/${key}`,
    });
    ids.push(...page.items.map((g) => g.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return ids;
}

/** What the gallery must show: live rows that pass `keep`, newest first, ties by id descending. */
const expected = (keep: (row: Row) => boolean) =>
  rows
    .filter((row) => !row.deleted && keep(row))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((row) => row.id);

const promptsOf = (ids: string[]) => ids.map((id) => rows.find((row) => row.id === id)!.prompt);

describe("prompt search", () => {
  it.each([
    ["0%", ["100% real", "Scene with 50%_off\\sign"]],
    ["%", ["100% real", "Scene with 50%_off\\sign"]],
    ["e_c", ["snake_case"]],
    ["_", ["snake_case", "Scene with 50%_off\\sign"]],
    ["\\", ["back\\slash", "Scene with 50%_off\\sign"]],
    ["k\\s", ["back\\slash"]],
    [`'s "q`, [`it's "quoted"`]],
    ["%_off\\S", ["Scene with 50%_off\\sign"]],
    ["lighthouse IN a storm", ["A Lighthouse in a STORM"]],
    ["LIGHTHOUSE", ["A Lighthouse in a STORM", "lighthouse at dawn"]],
  ])("%j finds exactly the prompts that contain it, in any case", async (q, prompts) => {
    const found = await listAll({ q });
    expect(new Set(promptsOf(found))).toEqual(new Set(prompts));
    expect(found).toEqual(expected((row) => prompts.includes(row.prompt)));
  });

  it("finds nothing for a term no prompt contains", async () => {
    expect(await listAll({ q: "xylophone" })).toEqual([]);
  });
});

describe("filters", () => {
  it("each filter returns its rows, newest first, across pages", async () => {
    const cases: Array<[Record<string, string>, (row: Row) => boolean]> = [
      [{}, () => true],
      [{ status: "active" }, (row) => (ACTIVE_STATES as readonly string[]).includes(row.state)],
      [{ status: "playable" }, (row) => (PLAYABLE_STATES as readonly string[]).includes(row.state)],
      [{ status: "failed" }, (row) => (FAILED_STATES as readonly string[]).includes(row.state)],
      [{ model: MODELS[2]! }, (row) => row.model === MODELS[2]],
      [{ aspectRatio: "2:3" }, (row) => row.aspectRatio === "2:3"],
      [{ favorite: "true" }, (row) => row.favorite],
      [{ creator: creators[2]! }, (row) => row.creatorId === creators[2]],
      [{ favorite: "true", creator: creators[0]! }, (row) => row.favorite && row.creatorId === creators[0]],
      [
        { q: "lighthouse", status: "playable" },
        (row) => /lighthouse/i.test(row.prompt) && (PLAYABLE_STATES as readonly string[]).includes(row.state),
      ],
    ];
    for (const [query, keep] of cases) {
      const want = expected(keep);
      expect(want.length, JSON.stringify(query)).toBeGreaterThan(0);
      expect(await listAll(query), JSON.stringify(query)).toEqual(want);
    }
  });
});
