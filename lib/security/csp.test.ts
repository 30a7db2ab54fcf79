import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./csp";

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the request's nonce and forbids framing and plugins", () => {
    const csp = contentSecurityPolicy("abc123", { dev: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
  });

  it("adds the media origins to img-src and media-src", () => {
    const csp = contentSecurityPolicy("n", { dev: false, mediaOrigins: ["https://cdn.acedata.cloud"] });
    expect(csp).toMatch(/media-src [^;]*https:\/\/cdn\.acedata\.cloud/);
    expect(csp).toMatch(/img-src [^;]*https:\/\/cdn\.acedata\.cloud/);
  });
});
