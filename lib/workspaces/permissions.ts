import { ROLES, type Role } from "@/lib/auth/roles";

/**
 * The one permission table (action → roles that may do it). Every guard, every button and the
 * access tests read it; nothing else decides who may do what. Pure, so client components can
 * import it to hide what the server would refuse anyway.
 *
 * viewers see, play, download, share (and revoke the links they made), comment (and delete their
 * own comments), watch storyboards and their films; members also create, edit and run storyboards, favourite, remix, cancel and delete their own; admins also
 * delete and cancel anyone's, revoke anyone's share links, delete anyone's comment, set a video's
 * review status, manage members below owner and invites, set quotas; owners also manage admins,
 * transfer ownership and delete the workspace.
 */
const VIEWER: readonly Role[] = ["viewer", "member", "admin", "owner"];
const MEMBER: readonly Role[] = ["member", "admin", "owner"];
const ADMIN: readonly Role[] = ["admin", "owner"];
const OWNER: readonly Role[] = ["owner"];

export const PERMISSIONS = {
  "generations.read": VIEWER,
  "generations.download": VIEWER,
  "generations.create": MEMBER,
  "generations.favorite": MEMBER,
  "generations.cancel.own": MEMBER,
  "generations.cancel.any": ADMIN,
  "generations.delete.own": MEMBER,
  "generations.delete.any": ADMIN,
  "uploads.create": MEMBER,
  "storyboards.read": VIEWER,
  "storyboards.edit": MEMBER,
  "comments.create": VIEWER,
  "comments.delete.own": VIEWER,
  "comments.delete.any": ADMIN,
  "reviews.set_status": ADMIN,
  "shares.read": VIEWER,
  "shares.create": VIEWER,
  "shares.revoke.own": VIEWER,
  "shares.revoke.any": ADMIN,
  "usage.read.own": VIEWER,
  "usage.read.all": ADMIN,
  "members.read": VIEWER,
  "members.manage": ADMIN,
  "admins.manage": OWNER,
  "invites.manage": ADMIN,
  "quotas.manage": ADMIN,
  "activity.read": ADMIN,
  "workspace.rename": ADMIN,
  "workspace.rules": ADMIN,
  "workspace.leave": VIEWER,
  "workspace.transfer": OWNER,
  "workspace.delete": OWNER,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const can = (role: Role, permission: Permission): boolean =>
  (PERMISSIONS[permission] as readonly Role[]).includes(role);

/** What a workspace's admins decide beyond the table (lib/workspaces/set-workspace-rules.ts). */
export interface WorkspaceRules {
  /** The lowest role that may make share links (pages anyone with the link can open). */
  publicLinksMinRole: Role;
}

export const DEFAULT_RULES: WorkspaceRules = { publicLinksMinRole: "viewer" };

/** Whether `role` is `floor` or above it. */
export const atLeast = (role: Role, floor: Role) => ROLES.indexOf(role) >= ROLES.indexOf(floor);

/** The table, narrowed by the workspace's rules: a team may keep share links to its higher roles. */
export const canIn = (role: Role, permission: Permission, rules: WorkspaceRules): boolean =>
  can(role, permission) && (permission !== "shares.create" || atLeast(role, rules.publicLinksMinRole));

/** What a refusal by the share-link rule says, wherever it is checked (the guard, the verb). */
export const sharingKeptTo = (workspaceName: string, floor: Role) =>
  `In ${workspaceName}, share links are made by ${floor}s and above`;

/** Every permission a role has: what the server sends the client so buttons match the guards. */
export const permissionsOf = (role: Role): Permission[] =>
  (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(role, p));

/** The lowest role that has a permission (for "this needs the admin role" messages). */
export const lowestRoleFor = (permission: Permission): Role =>
  ROLES.find((r) => can(r, permission)) ?? "owner";

/**
 * Whether `actor` may change `target`'s role to `next` (or, without `next`, remove them): admins
 * manage viewers and members, and only within those two roles ("admins.manage" is the owners');
 * owners manage everyone, other owners included (the last owner is protected by the verbs).
 */
export function canManageRole(actor: Role, target: Role, next?: Role): boolean {
  const rank = (r: Role) => ROLES.indexOf(r);
  const ceiling = can(actor, "admins.manage")
    ? rank("owner") + 1
    : can(actor, "members.manage")
      ? rank("admin")
      : 0;
  return rank(target) < ceiling && (next === undefined || rank(next) < ceiling);
}

/** The roles an inviter may offer: those they could give by a role change, never owner (that is a transfer). */
export const invitableRoles = (inviter: Role): Role[] =>
  can(inviter, "invites.manage")
    ? ROLES.filter((r) => r !== "owner" && canManageRole(inviter, "viewer", r))
    : [];

/** Deleting a comment: anyone's with `comments.delete.any`, else one's own with `.own`. */
/** A guest's comment (`authorId` null: made through a share link) is deleted by admins only. */
export function canDeleteComment(viewer: { userId: string; role: Role }, authorId: string | null): boolean {
  if (can(viewer.role, "comments.delete.any")) return true;
  return viewer.userId === authorId && can(viewer.role, "comments.delete.own");
}

/** Deleting (and restoring) or canceling a video: anyone's with the `.any` grant, else one's own with `.own`. */
export function canTouchGeneration(
  viewer: { userId: string; role: Role },
  creatorId: string,
  verb: "delete" | "cancel",
): boolean {
  if (can(viewer.role, `generations.${verb}.any`)) return true;
  return viewer.userId === creatorId && can(viewer.role, `generations.${verb}.own`);
}

/** Revoking a share link: anyone's with `shares.revoke.any`, else one's own with `.own`. */
export function canRevokeShare(viewer: { userId: string; role: Role }, createdById: string): boolean {
  if (can(viewer.role, "shares.revoke.any")) return true;
  return viewer.userId === createdById && can(viewer.role, "shares.revoke.own");
}
