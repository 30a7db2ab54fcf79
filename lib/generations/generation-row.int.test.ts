import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/db/generated/client";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const settings = {
  prompt: "A kitten chasing a butterfly in a sunlit garden",
  model: "grok-imagine-video",
  aspectRatio: "9:16",
  resolution: "720p",
  durationSec: 8,
};

describe("Generation rows", () => {
  it("round-trips every lifecycle field", async () => {
    const { user, workspace } = await createUser(t.db);
    const submittedAt = new Date("2026-01-02T03:04:05.678Z");
    const created = await t.db.generation.create({
      data: {
        ...settings,
        workspaceId: workspace.id,
        creatorId: user.id,
        idempotencyKey: "key-roundtrip",
        referenceImageIds: ["asset-a", "asset-b"],
        state: "submitted",
        taskId: "b8976e18-task",
        traceId: "fb751e1e-trace",
        callbackSecretHash: "f".repeat(64),
        submittedAt,
        nextPollAt: submittedAt,
      },
    });
    const read = await t.db.generation.findUniqueOrThrow({ where: { id: created.id } });
    expect(read).toMatchObject({
      ...settings,
      state: "submitted",
      taskId: "b8976e18-task",
      traceId: "fb751e1e-trace",
      referenceImageIds: ["asset-a", "asset-b"],
      favorite: false,
      deletedAt: null,
      pollAttempts: 0,
    });
    expect(read.submittedAt?.toISOString()).toBe(submittedAt.toISOString());
    expect(read.createdAt).toBeInstanceOf(Date);
  });

  it("rejects a second generation with the same idempotency key in one workspace", async () => {
    const { user, workspace } = await createUser(t.db);
    const data = { ...settings, workspaceId: workspace.id, creatorId: user.id, idempotencyKey: "key-dup" };
    await t.db.generation.create({ data });

    const duplicate = t.db.generation.create({ data });
    await expect(duplicate).rejects.toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    await expect(duplicate).rejects.toMatchObject({ code: "P2002" });
    expect(await t.db.generation.count({ where: { workspaceId: workspace.id } })).toBe(1);
  });

  it("allows the same key in another workspace", async () => {
    const a = await createUser(t.db);
    const b = await createUser(t.db);
    for (const { user, workspace } of [a, b]) {
      await t.db.generation.create({
        data: { ...settings, workspaceId: workspace.id, creatorId: user.id, idempotencyKey: "shared-key" },
      });
    }
    expect(await t.db.generation.count({ where: { idempotencyKey: "shared-key" } })).toBe(2);
  });
});
