import { describe, expect, it } from "vitest";
import { imageUploadAvailability, isPublicUrl, NEEDS_PUBLIC_ADDRESS } from "./availability";

const local = (appUrl?: string) => imageUploadAvailability({ demo: false, storageDriver: "local", appUrl });

describe("imageUploadAvailability", () => {
  it("is available in demo mode, where the simulator fetches from this server", () => {
    expect(imageUploadAvailability({ demo: true, storageDriver: "local" })).toEqual({ available: true });
  });

  it("is available with S3, whose presigned URLs are public", () => {
    expect(imageUploadAvailability({ demo: false, storageDriver: "s3" })).toEqual({ available: true });
    expect(
      imageUploadAvailability({ demo: false, storageDriver: "s3", appUrl: "http://localhost:3000" }),
    ).toEqual({ available: true });
  });

  it("is available with local storage behind a public APP_URL", () => {
    expect(local("https://studio.example.com")).toEqual({ available: true });
    expect(local("http://203.0.114.7:8080")).toEqual({ available: true });
  });

  it.each([
    undefined,
    "http://localhost:3000",
    "http://127.0.0.1:3000",
    "http://127.8.9.10",
    "http://[::1]:3000",
    "http://10.0.0.5",
    "http://172.20.1.1",
    "http://192.168.1.20:3000",
    "http://169.254.169.254",
    "http://0.0.0.0:3000",
    "http://app.localhost:3000",
    "http://studio.local",
    "http://studio",
    "http://[fd00::1]",
    "not a url",
  ])("explains what to set when APP_URL is %s", (appUrl) => {
    expect(local(appUrl)).toEqual({ available: false, reason: NEEDS_PUBLIC_ADDRESS });
  });
});

describe("isPublicUrl", () => {
  it("refuses other protocols and accepts a trailing-dot public name", () => {
    expect(isPublicUrl("ftp://example.com")).toBe(false);
    expect(isPublicUrl("https://example.com./")).toBe(true);
  });
});
