export const ROLES = ["viewer", "member", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

/** True when `role` grants at least what `minimum` grants (owner > admin > member > viewer). */
export function hasRole(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

export interface MembershipSummary {
  workspaceId: string;
  role: Role;
  personal: boolean;
}

export type WorkspaceAccess =
  { ok: true; membership: MembershipSummary } | { ok: false; reason: "no_workspace" | "insufficient_role" };

/**
 * Picks the workspace a request acts in: the requested one if the user belongs to it, else the
 * personal one, else the first. A workspace the user does not belong to is treated as not
 * requested (never revealed), and the role must reach `minimum`.
 */
export function resolveWorkspaceAccess(
  memberships: readonly MembershipSummary[],
  requestedWorkspaceId: string | undefined,
  minimum: Role,
): WorkspaceAccess {
  const membership =
    memberships.find((m) => m.workspaceId === requestedWorkspaceId) ??
    memberships.find((m) => m.personal) ??
    memberships[0];
  if (!membership) return { ok: false, reason: "no_workspace" };
  if (!hasRole(membership.role, minimum)) return { ok: false, reason: "insufficient_role" };
  return { ok: true, membership };
}
