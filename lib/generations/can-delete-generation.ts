import { hasRole, type Role } from "@/lib/auth/roles";

/**
 * Members remove their own videos, admins and owners anyone's, viewers nothing. Pure, so the UI
 * can hide the button with the very rule the server enforces.
 */
export function canDeleteGeneration(viewer: { userId: string; role: Role }, creatorId: string): boolean {
  if (hasRole(viewer.role, "admin")) return true;
  return hasRole(viewer.role, "member") && viewer.userId === creatorId;
}
