import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { listGenerations, listQuerySchema } from "./list-generations";

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof createUser>>;
beforeAll(async () => {
  t = await openTestDatabase();
  owner = await createUser(t.db, { name: "Owner" });
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 25; i++) {
    await t.db.generation.create({
      data: {
        workspaceId: owner.workspace.id,
        creatorId: owner.user.id,
        idempotencyKey: `k-${i}`,
        prompt: `Scene ${i}`,
        model: "grok-imagine-video",
        aspectRatio: "16:9",
        resolution: "480p",
        durationSec: 6,
        state: "ready",
        // Three share each second: the cursor must break ties by id in both directions.
        createdAt: new Date(base + Math.floor(i / 3) * 1000),
      },
    });
  }
});
afterAll(() => t.close());

async function everyPage(query: Record<string, string>) {
  const seen: { id: string; createdAt: string }[] = [];
  let cursor: string | undefined;
  do {
    const page = await listGenerations(t.db, {
      workspaceId: owner.workspace.id,
      query: listQuerySchema.parse({ ...query, limit: "4", ...(cursor ? { cursor } : {}) }),
      signVideoUrl: async (key) => `/signed/${key}`,
    });
    seen.push(...page.items.map((g) => ({ id: g.id, createdAt: g.createdAt })));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

describe("listGenerations sort", () => {
  it("pages oldest first through every row exactly once, the exact reverse of newest first", async () => {
    const newest = await everyPage({});
    const oldest = await everyPage({ sort: "oldest" });
    expect(oldest).toHaveLength(25);
    expect(new Set(oldest.map((g) => g.id)).size).toBe(25);
    expect(oldest.map((g) => g.id)).toEqual(newest.map((g) => g.id).reverse());
    const times = oldest.map((g) => Date.parse(g.createdAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("explains a sort it does not know", () => {
    const parsed = listQuerySchema.safeParse({ sort: "random" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("sort must be newest or oldest");
  });
});
