import { describe, expect, it } from "vitest";
import { pickWorkspace, type MembershipSummary } from "./roles";

const personal: MembershipSummary = { workspaceId: "ws-personal", role: "owner", personal: true };
const team: MembershipSummary = { workspaceId: "ws-team", role: "viewer", personal: false };
const other: MembershipSummary = { workspaceId: "ws-other", role: "member", personal: false };

describe("pickWorkspace", () => {
  it("uses a named workspace the user belongs to", () => {
    expect(pickWorkspace([personal, team], { requested: "ws-team" })).toEqual(team);
  });

  it("answers null (404) for a named workspace the user is not in, never the personal one", () => {
    expect(
      pickWorkspace([team, personal], { requested: "ws-someone-else", remembered: "ws-team" }),
    ).toBeNull();
  });

  it("unnamed: the remembered workspace, if the user is still in it", () => {
    expect(pickWorkspace([personal, team, other], { remembered: "ws-other" })).toEqual(other);
  });

  it("unnamed: the personal workspace when the remembered one was left", () => {
    expect(pickWorkspace([team, personal], { remembered: "ws-gone" })).toEqual(personal);
  });

  it("reports a user with no workspace", () => {
    expect(pickWorkspace([], {})).toBeNull();
  });
});
