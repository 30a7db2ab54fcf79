import { describe, expect, it } from "vitest";
import { stateLabel } from "./state-badge";

describe("stateLabel", () => {
  it("names each step of a generation truthfully", () => {
    expect(stateLabel({ state: "queued", queue: { position: 3, cap: 5 } })).toBe("Queued (position 3)");
    expect(stateLabel({ state: "queued", queue: null })).toBe("Sending");
    expect(stateLabel({ state: "submitted" })).toBe("Sent");
    expect(stateLabel({ state: "running" })).toBe("Generating");
    expect(stateLabel({ state: "unknown" })).toBe("Checking");
  });

  it("says Saving while a finished video's copy is pending, Ready once it is stored or given up", () => {
    expect(stateLabel({ state: "succeeded", saved: "saving" })).toBe("Saving");
    expect(stateLabel({ state: "succeeded", saved: "not_saved" })).toBe("Ready");
    expect(stateLabel({ state: "ready", saved: "stored" })).toBe("Ready");
  });
});
