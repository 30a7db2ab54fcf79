import { describe, expect, it } from "vitest";
import { copyRetryText, nextTryText } from "@/components/generation/not-saved";
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

describe("a copy that failed and will be tried again", () => {
  const copyRetry = { failed: 3, of: 8, nextTryBy: "2026-12-06T10:02:00.000Z" };

  it("is named as it stands, not as a slow save", () => {
    expect(stateLabel({ state: "succeeded", saved: "saving", copyRetry })).toBe(
      "Not saved yet · attempt 3 of 8 failed",
    );
  });

  it("says why and by when the next try starts", () => {
    const now = Date.parse("2026-12-06T10:00:10.000Z");
    expect(
      copyRetryText({ saved: "saving", mirrorError: "The file host answered 500.", copyRetry }, now),
    ).toBe("Attempt 3 of 8 failed: The file host answered 500; next try within 2 min.");
    expect(nextTryText("2026-12-06T10:00:40.000Z", now)).toBe("next try within 30 s");
    expect(nextTryText("2026-12-06T10:00:12.000Z", now)).toBe("next try any moment now");
  });
});
