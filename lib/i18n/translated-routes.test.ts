import { describe, expect, it } from "vitest";
import { isTranslatedPath } from "./translated-routes";

describe("isTranslatedPath", () => {
  it("covers the landing page, sign-in, sign-up and share links with their media and forms", () => {
    for (const path of ["/", "/sign-in", "/sign-up", "/s/AbCdEf", "/s/AbCdEf/0/feedback", "/s/AbCdEf/embed"])
      expect(isTranslatedPath(path), path).toBe(true);
  });

  it("leaves the pages not translated yet in English, and an unknown path too", () => {
    for (const path of ["/studio", "/settings", "/g/abc", "/forgot-password", "/sign-in/x", "/share", null])
      expect(isTranslatedPath(path), String(path)).toBe(false);
  });
});
