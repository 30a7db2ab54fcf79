import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomKey } from "./keys";
import { createLocalDriver } from "./local-driver";
import { serveFile } from "./serve-file";
import { deriveStorageSigningKey } from "./signing";
import type { LocalStorageDriver, StorageDriver } from "./types";

const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 251));
const key = randomKey("videos", "mp4");
let root: string;
let clock = Date.UTC(2026, 10, 5, 12, 0, 0);
let storage: LocalStorageDriver;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "serve-file-test-"));
  storage = createLocalDriver({
    root,
    signingKey: deriveStorageSigningKey("serve-file-test-secret-32-chars-long"),
    now: () => clock,
  });
  await storage.put(key, bytes, { contentType: "video/mp4" });
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function get(options: { range?: string; dl?: string; method?: string; objectKey?: string } = {}) {
  const objectKey = options.objectKey ?? key;
  const url = await storage.signedUrl(objectKey, {
    expiresInSeconds: 600,
    downloadName: options.dl,
    baseUrl: "http://app.test",
  });
  const headers = options.range ? { range: options.range } : undefined;
  return serveFile(new Request(url, { method: options.method ?? "GET", headers }), objectKey, storage, {
    now: clock,
  });
}
const body = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("serveFile", () => {
  it("streams the whole file inline with length, cache and safety headers", async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("video/mp4");
    expect(response.headers.get("content-length")).toBe("1000");
    expect(response.headers.get("accept-ranges")).toBe("bytes");
    expect(response.headers.get("content-disposition")).toBe("inline");
    expect(response.headers.get("cache-control")).toBe("private, max-age=600");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await body(response)).equals(bytes)).toBe(true);
  });

  it("answers bytes=0-99 with 206 and exactly those bytes", async () => {
    const response = await get({ range: "bytes=0-99" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 0-99/1000");
    expect(response.headers.get("content-length")).toBe("100");
    expect((await body(response)).equals(bytes.subarray(0, 100))).toBe(true);
  });

  it("answers a suffix range with the last bytes", async () => {
    const response = await get({ range: "bytes=-100" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-range")).toBe("bytes 900-999/1000");
    expect((await body(response)).equals(bytes.subarray(900))).toBe(true);
  });

  it("answers an open range to the end, clamping an end past the size", async () => {
    const open = await get({ range: "bytes=100-" });
    expect(open.status).toBe(206);
    expect(open.headers.get("content-range")).toBe("bytes 100-999/1000");
    expect((await body(open)).equals(bytes.subarray(100))).toBe(true);

    const clamped = await get({ range: "bytes=990-5000" });
    expect(clamped.headers.get("content-range")).toBe("bytes 990-999/1000");
    expect((await body(clamped)).equals(bytes.subarray(990))).toBe(true);
  });

  it("answers 416 for a range it cannot satisfy", async () => {
    for (const range of ["bytes=1000-", "bytes=500-100", "bytes=-0", "bytes=abc"]) {
      const response = await get({ range });
      expect(response.status, range).toBe(416);
      expect(response.headers.get("content-range"), range).toBe("bytes */1000");
      expect((await body(response)).length, range).toBe(0);
    }
  });

  it("sends the whole file for several ranges or another unit", async () => {
    for (const range of ["bytes=0-1,5-6", "items=0-1"]) {
      const response = await get({ range });
      expect(response.status, range).toBe(200);
      expect((await body(response)).length).toBe(1000);
    }
  });

  it("refuses an expired or forged link with 403 and no file bytes", async () => {
    const url = await storage.signedUrl(key, { expiresInSeconds: 60 });
    clock += 61_000;
    try {
      const expired = await serveFile(new Request(new URL(url, "http://app.test")), key, storage, {
        now: clock,
      });
      expect(expired.status).toBe(403);
      expect(await expired.text()).toBe("This link has expired or is not valid.");
    } finally {
      clock -= 61_000;
    }
    const forged = await serveFile(
      new Request(`http://app.test/api/files/${key}?exp=9999999999&sig=AAAA`),
      key,
      storage,
    );
    expect(forged.status).toBe(403);
    expect(forged.headers.get("content-length")).not.toBe("1000");
  });

  it("answers 404 for a correctly signed key that holds nothing", async () => {
    const response = await get({ objectKey: randomKey("videos", "mp4") });
    expect(response.status).toBe(404);
  });

  it("offers a download under the signed name", async () => {
    const response = await get({ dl: "Sunset – draft 2.mp4" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Sunset _ draft 2.mp4"; filename*=UTF-8''Sunset%20%E2%80%93%20draft%202.mp4`,
    );
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const response = await get({ method: "HEAD", range: "bytes=0-9" });
    expect(response.status).toBe(206);
    expect(response.headers.get("content-length")).toBe("10");
    expect(response.body).toBeNull();
  });

  it("serves nothing from the S3 driver: those files use presigned URLs", async () => {
    const s3Like: StorageDriver = { ...storage, kind: "s3" };
    const url = await storage.signedUrl(key, { expiresInSeconds: 60, baseUrl: "http://app.test" });
    expect((await serveFile(new Request(url), key, s3Like)).status).toBe(404);
  });
});
