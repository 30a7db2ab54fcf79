import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { currentSession } from "./session";
import { resolveWorkspaceAccess, type Role } from "./roles";

export const WORKSPACE_COOKIE = "workspace";

export interface GuardContext {
  user: { id: string; email: string; name: string | null };
  workspace: { id: string; name: string; slug: string; personal: boolean };
  role: Role;
}

/** Every server action and route handler starts here: who is calling, in which workspace, with which role. */
export async function requireUser() {
  const session = await currentSession();
  if (!session) throw new AppError("unauthorized", "Sign in to continue.");
  return session;
}

/** Deduplicated per request: a layout and its page share one membership lookup. */
export const requireWorkspace = cache(async (minimum: Role = "viewer"): Promise<GuardContext> => {
  const session = await requireUser();
  const memberships = await db.membership.findMany({
    where: { userId: session.userId },
    select: { role: true, workspace: { select: { id: true, name: true, slug: true, personal: true } } },
    orderBy: { createdAt: "asc" },
  });
  const requested = (await cookies()).get(WORKSPACE_COOKIE)?.value;
  const access = resolveWorkspaceAccess(
    memberships.map((m) => ({ workspaceId: m.workspace.id, role: m.role, personal: m.workspace.personal })),
    requested,
    minimum,
  );
  if (!access.ok) {
    throw access.reason === "no_workspace"
      ? new AppError("not_found", "You are not a member of any workspace.")
      : new AppError("forbidden", `This needs the ${minimum} role or higher in this workspace.`);
  }
  const workspace = memberships.find((m) => m.workspace.id === access.membership.workspaceId)!.workspace;
  return {
    user: { id: session.userId, email: session.email, name: session.name },
    workspace,
    role: access.membership.role,
  };
});
