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
