import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { listGenerations, listQuerySchema } from "./list-generations";

// Search that forgives a typo: what matches as typed comes first and alone; when nothing does,
// the closest prompts, best first, said so — on PGlite and on a PostgreSQL server alike.

let t: TestDatabase;
let workspaceId: string;
let otherWorkspace: string;

beforeAll(async () => {
  t = await openTestDatabase();
  const { user, workspace } = await createUser(t.db);
  const other = await createUser(t.db);
  workspaceId = workspace.id;
  otherWorkspace = other.workspace.id;
  const at = Date.now();
  const prompts: Array<[string, boolean]> = [
    ["A humpback whale breaching at dawn", false],
    ["Whale song under the ice, slow pan", true],
    ["A lighthouse in a storm", false],
    ["Kites over the dunes", false],
    ["Pirates singing on a tall ship", false],
  ];
  for (const [i, [prompt, favorite]] of prompts.entries())
    await createGeneration(t.db, {
      workspaceId,
      creatorId: user.id,
      prompt,
      favorite,
      createdAt: new Date(at - i * 1_000),
    });
  await createGeneration(t.db, { workspaceId: otherWorkspace, creatorId: other.user.id, prompt: "A whale" });
});
afterAll(() => t.close());

const search = (q: string, more: Record<string, string> = {}) =>
  listGenerations(t.db, {
    workspaceId,
    query: listQuerySchema.parse({ q, ...more }),
    signVideoUrl: async (key) => key,
  });
const prompts = (page: { items: Array<{ prompt: string }> }) => page.items.map((g) => g.prompt);

describe("prompt search", () => {
  it("shows what matches as typed, newest first, and nothing merely close", async () => {
    const page = await search("whale");
    expect(prompts(page)).toEqual([
      "A humpback whale breaching at dawn",
      "Whale song under the ice, slow pan",
    ]);
    expect(page.match).toBeUndefined();
  });

  it("forgives a typo when nothing matches as typed: the closest prompts, best first, marked similar", async () => {
    const page = await search("lighthose");
    expect(prompts(page)).toEqual(["A lighthouse in a storm"]);
    expect(page.match).toBe("similar");
    // The issue's own example: "wale" found nothing, although the workspace has whales.
    const wale = await search("wale");
    expect(wale.match).toBe("similar");
    expect(prompts(wale)).toEqual(
      expect.arrayContaining(["A humpback whale breaching at dawn", "Whale song under the ice, slow pan"]),
    );
    const whales = await search("whael");
    expect(whales.match).toBe("similar");
    expect(prompts(whales)).toEqual(
      expect.arrayContaining(["A humpback whale breaching at dawn", "Whale song under the ice, slow pan"]),
    );
    expect(prompts(whales)).not.toContain("Kites over the dunes");
  });

  it("keeps the other filters and the workspace's walls on close matches", async () => {
    const page = await search("whael", { favorite: "true" });
    expect(prompts(page)).toEqual(["Whale song under the ice, slow pan"]);
    const elsewhere = await listGenerations(t.db, {
      workspaceId: otherWorkspace,
      query: listQuerySchema.parse({ q: "lighthose" }),
      signVideoUrl: async (key) => key,
    });
    expect(elsewhere.items).toEqual([]);
  });

  it("finds nothing for what is close to nothing", async () => {
    const page = await search("xylophone");
    expect(page.items).toEqual([]);
  });
});
