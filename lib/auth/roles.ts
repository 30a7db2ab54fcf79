export const ROLES = ["viewer", "member", "admin", "owner"] as const;
export type Role = (typeof ROLES)[number];

export interface MembershipSummary {
  workspaceId: string;
  role: Role;
  personal: boolean;
}

/**
 * Picks the membership a request acts through. A named workspace must be one of the caller's
 * (else null: the caller answers 404, never falling back to another workspace). Unnamed: the
 * one remembered on the server if the caller is still in it, else the personal one, else the first.
 */
export function pickWorkspace(
  memberships: readonly MembershipSummary[],
  choice: { requested?: string | null; remembered?: string | null },
): MembershipSummary | null {
  if (choice.requested) return memberships.find((m) => m.workspaceId === choice.requested) ?? null;
  return (
    memberships.find((m) => m.workspaceId === choice.remembered) ??
    memberships.find((m) => m.personal) ??
    memberships[0] ??
    null
  );
}
