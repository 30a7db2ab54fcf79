import { describe, expect, it } from "vitest";
import { hasRole, resolveWorkspaceAccess, type MembershipSummary } from "./roles";

const personal: MembershipSummary = { workspaceId: "ws-personal", role: "owner", personal: true };
const team: MembershipSummary = { workspaceId: "ws-team", role: "viewer", personal: false };

describe("hasRole", () => {
  it("orders owner > admin > member > viewer", () => {
    expect(hasRole("owner", "admin")).toBe(true);
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("member", "admin")).toBe(false);
    expect(hasRole("viewer", "member")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});

describe("resolveWorkspaceAccess", () => {
  it("uses the requested workspace when the user belongs to it", () => {
    const access = resolveWorkspaceAccess([personal, team], "ws-team", "viewer");
    expect(access).toEqual({ ok: true, membership: team });
  });

  it("falls back to the personal workspace when the request names one the user is not in", () => {
    const access = resolveWorkspaceAccess([team, personal], "ws-someone-else", "member");
    expect(access).toEqual({ ok: true, membership: personal });
  });

  it("refuses a role below the minimum", () => {
    expect(resolveWorkspaceAccess([personal, team], "ws-team", "member")).toEqual({
      ok: false,
      reason: "insufficient_role",
    });
  });

  it("reports a user with no workspace", () => {
    expect(resolveWorkspaceAccess([], undefined, "viewer")).toEqual({ ok: false, reason: "no_workspace" });
  });
});
