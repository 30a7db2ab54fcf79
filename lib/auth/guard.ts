import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { can, canIn, lowestRoleFor, sharingKeptTo, type Permission } from "@/lib/workspaces/permissions";
import { currentSession } from "./session";
import { pickWorkspace, type Role } from "./roles";

// Route handlers are told the workspace a client shows by this header (actions, in their input).
import { WORKSPACE_HEADER } from "@/lib/workspaces/workspace-header";

export interface GuardContext {
  user: { id: string; email: string; name: string | null };
  workspace: { id: string; name: string; slug: string; personal: boolean; publicLinksMinRole: Role };
  role: Role;
  /** Every workspace the caller is in (the header's switcher lists them). */
  workspaces: Array<{
    id: string;
    name: string;
    slug: string;
    personal: boolean;
    publicLinksMinRole: Role;
    role: Role;
  }>;
}

/** Every server action and route handler starts here: who is calling, in which workspace, with which role. */
export async function requireUser() {
  const session = await currentSession();
  if (!session) throw new AppError("unauthorized", "Sign in to continue.");
  return session;
}

/** The caller, their memberships and the one this request acts through: one query, once per request. */
const lookUp = cache(async (requested: string | null) => {
  const session = await requireUser();
  const user = await db.user.findUnique({
    where: { id: session.userId },
    select: {
      activeWorkspaceId: true,
      memberships: {
        select: {
          role: true,
          workspace: {
            select: { id: true, name: true, slug: true, personal: true, publicLinksMinRole: true },
          },
        },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  const memberships = user?.memberships ?? [];
  const picked = pickWorkspace(
    memberships.map((m) => ({ workspaceId: m.workspace.id, role: m.role, personal: m.workspace.personal })),
    { requested, remembered: user?.activeWorkspaceId },
  );
  return { session, memberships, picked };
});

/**
 * The workspace this request acts in and the caller's role there, refused unless the role has
 * `permission`. A request may name its workspace (an action's `workspaceId`, a route's
 * `x-workspace-id` header): one the caller is not in answers 404, never another workspace's data.
 * Unnamed, it is the one the caller last switched to (kept on the server), else their personal one.
 */
export async function requireWorkspace(
  permission: Permission = "generations.read",
  named?: string | null,
): Promise<GuardContext> {
  const requested = named ?? (await headers()).get(WORKSPACE_HEADER);
  const { session, memberships, picked } = await lookUp(requested);
  if (!picked) {
    throw new AppError(
      "not_found",
      requested
        ? "This workspace does not exist, or you are not a member of it."
        : "You are not a member of any workspace.",
    );
  }
  const workspace = memberships.find((m) => m.workspace.id === picked.workspaceId)!.workspace;
  const article = picked.role === "admin" ? "an" : "a";
  if (!can(picked.role, permission)) {
    throw new AppError(
      "forbidden",
      `This needs the ${lowestRoleFor(permission)} role in ${workspace.name}; you are ${article} ${picked.role}.`,
    );
  }
  if (!canIn(picked.role, permission, workspace)) {
    // Only a rule of the workspace narrows the table (share links kept to higher roles).
    throw new AppError(
      "forbidden",
      `${sharingKeptTo(workspace.name, workspace.publicLinksMinRole)}; you are ${article} ${picked.role}.`,
    );
  }
  return {
    user: { id: session.userId, email: session.email, name: session.name },
    workspace,
    role: picked.role,
    workspaces: memberships.map((m) => ({ ...m.workspace, role: m.role })),
  };
}
