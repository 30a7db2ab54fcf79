import { describe, expect, it } from "vitest";
import { signInPurpose, withCallback } from "./sign-in-purpose";

describe("signInPurpose", () => {
  it("names what a shared video's Make one like this was doing", () => {
    expect(signInPurpose("/s/abcDEF_123/0/remix")).toEqual({
      next: "/s/abcDEF_123/0/remix",
      doing: "remix",
    });
  });

  it("names invites, videos and compare, and keeps their query", () => {
    expect(signInPurpose("/invite/tok?join=1").doing).toBe("invite");
    expect(signInPurpose("/g/cm123?t=4.5")).toEqual({ next: "/g/cm123?t=4.5", doing: "video" });
    expect(signInPurpose("/compare?ids=a,b").doing).toBe("compare");
  });

  it("has no purpose for the studio itself or for nothing", () => {
    expect(signInPurpose("/studio")).toEqual({ next: "/studio", doing: null });
    expect(signInPurpose(undefined)).toEqual({ next: "/studio", doing: null });
  });

  it("never sends anyone off the site, and then claims no purpose", () => {
    for (const hostile of ["//evil.test/s/a/0/remix", "https://evil.test", "/\\evil.test", "/g/a\u0000"])
      expect(signInPurpose(hostile)).toEqual({ next: "/studio", doing: null });
  });
});

describe("withCallback", () => {
  it("carries a destination to the other form, and nothing for the default", () => {
    expect(withCallback("/sign-up", "/s/t/0/remix")).toBe("/sign-up?callbackUrl=%2Fs%2Ft%2F0%2Fremix");
    expect(withCallback("/sign-in", "/studio")).toBe("/sign-in");
  });
});
