import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/roles";
import {
  can,
  canDeleteComment,
  canManageRole,
  invitableRoles,
  lowestRoleFor,
  PERMISSIONS,
  type Permission,
} from "./permissions";

describe("the permission table", () => {
  it("grows with the role: whatever a role may do, every higher role may do too", () => {
    for (const permission of Object.keys(PERMISSIONS) as Permission[]) {
      const allowed = ROLES.map((r) => can(r, permission));
      expect(allowed, permission).toEqual([...allowed].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it("gives the issue's grants", () => {
    expect(lowestRoleFor("generations.download")).toBe("viewer");
    expect(lowestRoleFor("generations.create")).toBe("member");
    expect(lowestRoleFor("generations.delete.any")).toBe("admin");
    expect(lowestRoleFor("invites.manage")).toBe("admin");
    expect(lowestRoleFor("quotas.manage")).toBe("admin");
    expect(lowestRoleFor("admins.manage")).toBe("owner");
    expect(lowestRoleFor("workspace.delete")).toBe("owner");
    expect(lowestRoleFor("comments.create")).toBe("viewer");
    expect(lowestRoleFor("comments.delete.any")).toBe("admin");
    expect(lowestRoleFor("reviews.set_status")).toBe("admin");
    // The team issue: viewers may share; revoking someone else's link is an admin's.
    expect(lowestRoleFor("shares.create")).toBe("viewer");
    expect(lowestRoleFor("shares.revoke.own")).toBe("viewer");
    expect(lowestRoleFor("shares.revoke.any")).toBe("admin");
  });
});

describe("canManageRole", () => {
  it("lets admins manage viewers and members only within those roles", () => {
    expect(canManageRole("admin", "member", "viewer")).toBe(true);
    expect(canManageRole("admin", "viewer", "member")).toBe(true);
    expect(canManageRole("admin", "member", "admin")).toBe(false);
    expect(canManageRole("admin", "admin", "member")).toBe(false);
    expect(canManageRole("admin", "owner")).toBe(false);
  });

  it("lets owners manage everyone, and nobody below admin manage anyone", () => {
    expect(canManageRole("owner", "admin", "member")).toBe(true);
    expect(canManageRole("owner", "member", "owner")).toBe(true);
    expect(canManageRole("member", "viewer", "viewer")).toBe(false);
    expect(canManageRole("viewer", "viewer")).toBe(false);
  });
});

describe("invitableRoles", () => {
  it("never offers owner, nor a role the inviter could not give", () => {
    expect(invitableRoles("owner")).toEqual(["viewer", "member", "admin"]);
    expect(invitableRoles("admin")).toEqual(["viewer", "member"]);
    expect(invitableRoles("member")).toEqual([]);
  });
});

describe("canDeleteComment", () => {
  it("lets every role delete their own comment and only admins and owners anyone's", () => {
    for (const role of ROLES) expect(canDeleteComment({ userId: "me", role }, "me"), role).toBe(true);
    expect(ROLES.filter((role) => canDeleteComment({ userId: "me", role }, "someone else"))).toEqual([
      "admin",
      "owner",
    ]);
  });
});
