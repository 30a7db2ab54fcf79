import { describe, expect, it } from "vitest";
import { workspaceRulesSchema } from "./workspace-rules";

describe("workspaceRulesSchema", () => {
  it("reads the form: a number of submits (empty for the default) and a floor for share links", () => {
    expect(workspaceRulesSchema.parse({ submitsPerMinute: "20", publicLinksMinRole: "member" })).toEqual({
      submitsPerMinute: 20,
      publicLinksMinRole: "member",
    });
    expect(workspaceRulesSchema.parse({ submitsPerMinute: "", publicLinksMinRole: "viewer" })).toEqual({
      submitsPerMinute: null,
      publicLinksMinRole: "viewer",
    });
  });

  it("explains each bad value in words", () => {
    const messages = (input: Record<string, unknown>) =>
      workspaceRulesSchema.safeParse(input).error?.issues.map((i) => i.message);
    expect(messages({ submitsPerMinute: "0", publicLinksMinRole: "viewer" })).toEqual([
      "At least 1 submit a minute.",
    ]);
    expect(messages({ submitsPerMinute: "500", publicLinksMinRole: "viewer" })).toEqual([
      "At most 60 submits a minute.",
    ]);
    expect(messages({ submitsPerMinute: "2.5", publicLinksMinRole: "viewer" })).toEqual([
      "Submits per minute must be a whole number.",
    ]);
    expect(messages({ submitsPerMinute: "lots", publicLinksMinRole: "viewer" })).toEqual([
      "Submits per minute must be a whole number.",
    ]);
    // Owners always may: "owner" is no floor an admin can pick.
    expect(messages({ submitsPerMinute: "", publicLinksMinRole: "owner" })).toEqual([
      "Choose who may make share links.",
    ]);
  });
});
