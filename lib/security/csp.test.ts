import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, mediaOriginsFromEnv } from "./csp";

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

describe("mediaOriginsFromEnv", () => {
  it("allows the provider's CDN by default", () => {
    expect(mediaOriginsFromEnv({ ACEDATA_API_TOKEN: "t" })).toEqual(["https://cdn.acedata.cloud"]);
  });

  it("allows the demo simulator's loopback origin only in demo mode", () => {
    expect(mediaOriginsFromEnv({ PORT: "3100" })).toContain("http://127.0.0.1:3100");
  });

  it("adds the bucket's origin for S3 storage, path-style or virtual-hosted", () => {
    expect(
      mediaOriginsFromEnv({
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: "http://127.0.0.1:4569",
        S3_FORCE_PATH_STYLE: "true",
        S3_BUCKET: "v",
      }),
    ).toContain("http://127.0.0.1:4569");
    expect(
      mediaOriginsFromEnv({ STORAGE_DRIVER: "s3", S3_BUCKET: "videos", S3_REGION: "eu-west-1" }),
    ).toContain("https://videos.s3.eu-west-1.amazonaws.com");
  });
});
