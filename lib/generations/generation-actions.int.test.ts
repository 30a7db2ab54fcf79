import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createGeneration, createTeam, snapshot } from "@/lib/testing/generation-fixtures";

// The actions exactly as a browser would call them, with only the session and request headers faked
// (lib/actions/access-matrix.int.test.ts calls every action this way; e2e/access/access-matrix.spec.ts
// a few over HTTP on the production build).
const caller = vi.hoisted(() => ({
  userId: null as string | null,
  workspace: undefined as string | undefined,
}));
vi.mock("@/lib/auth/session", () => ({
  currentSession: async () =>
    caller.userId ? { userId: caller.userId, email: "caller@example.test", name: "Caller" } : null,
}));
vi.mock("next/headers", () => ({
  // The workspace the caller names, as a route's x-workspace-id header does.
  headers: async () => new Headers(caller.workspace ? { "x-workspace-id": caller.workspace } : {}),
}));

const { setFavoriteAction, deleteGenerationAction, restoreGenerationAction } =
  await import("@/lib/actions/generation-actions");

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  globalThis.__database = { prisma: t.db };
  team = await createTeam(t.db);
});
afterAll(async () => {
  globalThis.__database = undefined;
  await t.close();
});
beforeEach(() => {
  caller.userId = null;
  caller.workspace = undefined;
});

const actAs = (userId: string, workspace = team.workspaceId) => Object.assign(caller, { userId, workspace });
const video = () => createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });

describe("generation actions, called directly", () => {
  it("work for a member of the workspace", async () => {
    const g = await video();
    actAs(team.member.userId);
    expect(await setFavoriteAction({ id: g.id, favorite: true })).toEqual({
      ok: true,
      data: { id: g.id, favorite: true },
    });
    expect(await deleteGenerationAction({ id: g.id })).toMatchObject({ ok: true, data: { id: g.id } });
    expect(await restoreGenerationAction({ id: g.id })).toEqual({ ok: true, data: { id: g.id } });
    expect(await snapshot(t.db, g.id)).toMatchObject({ favorite: true, deletedAt: null });
  });

  it("refuse anonymous callers, viewers and outsiders, and change nothing", async () => {
    const g = await video();
    const before = await snapshot(t.db, g.id);
    const attempts = () => [
      setFavoriteAction({ id: g.id, favorite: true }),
      deleteGenerationAction({ id: g.id }),
      restoreGenerationAction({ id: g.id }),
    ];
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, code: "unauthorized" });
    actAs(team.viewer.userId);
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    // An outsider naming this workspace is refused as if it did not exist; not naming it, they act
    // in their own studio, where the id is not found either.
    actAs(team.outsider.user.id);
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    actAs(team.outsider.user.id, "");
    for (const result of await Promise.all(attempts()))
      expect(result).toMatchObject({ ok: false, code: "not_found" });
    actAs(team.otherMember.userId);
    expect(await deleteGenerationAction({ id: g.id })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await snapshot(t.db, g.id)).toEqual(before);
  });

  it("reject malformed input before touching anything", async () => {
    actAs(team.member.userId);
    expect(await setFavoriteAction({ id: "", favorite: "yes" as unknown as boolean })).toMatchObject({
      ok: false,
      code: "bad_request",
    });
    expect(await deleteGenerationAction({ id: "x".repeat(65) })).toMatchObject({
      ok: false,
      code: "bad_request",
    });
  });
});
