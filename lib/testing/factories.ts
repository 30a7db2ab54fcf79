import { randomBytes } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import { registerUser } from "@/lib/auth/register-user";

export const uniqueEmail = (label = "user") => `${label}-${randomBytes(5).toString("hex")}@example.test`;

/** A signed-up user with their personal workspace, made the way sign-up makes them. */
export async function createUser(
  db: PrismaClient,
  overrides: Partial<{ name: string; email: string; password: string }> = {},
) {
  const input = { name: "Test User", email: uniqueEmail(), password: "correct horse battery", ...overrides };
  const { user, workspace } = await registerUser(db, input);
  return { user, workspace, password: input.password };
}

/** Another signed-up user who is also a member of `workspaceId` (a teammate). */
export async function createTeammate(
  db: PrismaClient,
  workspaceId: string,
  role: "member" | "admin" = "member",
) {
  const { user } = await createUser(db);
  await db.membership.create({ data: { userId: user.id, workspaceId, role } });
  return { userId: user.id, workspaceId };
}

/**
 * A team workspace made the way the app makes one (createWorkspace), with one signed-up user per
 * role and an outsider who is in none of it.
 */
export async function createTeamWorkspace(db: PrismaClient, name = "Film club") {
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const owner = await createUser(db, { name: "Olga Owner" });
  const team = await createWorkspace(db, { userId: owner.user.id, name });
  const join = async (who: string, role: "admin" | "member" | "viewer") => {
    const { user, password } = await createUser(db, { name: who });
    await db.membership.create({ data: { userId: user.id, workspaceId: team.id, role } });
    return { userId: user.id, email: user.email, name: who, role, password };
  };
  return {
    workspaceId: team.id,
    name: team.name,
    owner: {
      userId: owner.user.id,
      email: owner.user.email,
      name: "Olga Owner",
      role: "owner" as const,
      password: owner.password,
    },
    admin: await join("Adam Admin", "admin"),
    member: await join("Mia Member", "member"),
    viewer: await join("Vic Viewer", "viewer"),
    outsider: await createUser(db, { name: "Otto Outsider" }),
  };
}
