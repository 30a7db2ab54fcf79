import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { uniqueEmail } from "@/lib/testing/factories";
import { registerUser } from "./register-user";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

describe("registerUser", () => {
  it("creates the user, their personal workspace and owner membership together", async () => {
    const email = uniqueEmail("ada");
    const { user, workspace } = await registerUser(t.db, {
      name: "Ada",
      email,
      password: "correct horse battery",
    });

    const stored = await t.db.user.findUniqueOrThrow({
      where: { email },
      include: { memberships: { include: { workspace: true } } },
    });
    expect(stored.id).toBe(user.id);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.memberships).toHaveLength(1);
    expect(stored.memberships[0]).toMatchObject({ role: "owner", workspaceId: workspace.id });
    expect(stored.memberships[0]?.workspace).toMatchObject({ name: "Ada's studio", personal: true });
  });

  it("refuses a second account for the same email and leaves nothing half-written", async () => {
    const email = uniqueEmail("dup");
    await registerUser(t.db, { name: "First", email, password: "correct horse battery" });
    const workspacesBefore = await t.db.workspace.count();

    const second = registerUser(t.db, { name: "Second", email, password: "another password" });
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({ code: "conflict" });

    expect(await t.db.user.count({ where: { email } })).toBe(1);
    expect(await t.db.workspace.count()).toBe(workspacesBefore);
    expect(await t.db.workspace.count({ where: { name: "Second's studio" } })).toBe(0);
  });

  it("a transaction that fails part-way leaves no row behind, on this database too", async () => {
    const email = uniqueEmail("rollback");
    // A transaction that fails after the user insert must leave no user behind.
    await expect(
      t.db.$transaction(async (tx) => {
        await tx.user.create({ data: { email, name: "Ghost" } });
        await tx.workspace.create({ data: { name: "x", slug: "" } });
        await tx.workspace.create({ data: { name: "y", slug: "" } }); // duplicate slug → unique violation
      }),
    ).rejects.toThrow();
    expect(await t.db.user.count({ where: { email } })).toBe(0);
  });
});
