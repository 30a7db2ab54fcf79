import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomKey } from "./keys";
import { createS3Driver } from "./s3-driver";
import type { StorageDriver } from "./types";

const bucket = "studio-test";
let directory: string;
let server: S3rver;
let storage: StorageDriver;
let endpoint: string;

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "s3rver-test-"));
  server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  endpoint = `http://127.0.0.1:${port}`;
  storage = driver();
});
afterAll(async () => {
  await server?.close();
  await rm(directory, { recursive: true, force: true });
});

const driver = (now?: () => number) =>
  createS3Driver({
    bucket,
    region: "us-east-1",
    endpoint,
    forcePathStyle: true,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    maxBytes: 64 * 1024,
    now,
  });
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => i % 253));

describe("S3 driver against s3rver", () => {
  it("puts, heads and deletes a buffer", async () => {
    const key = randomKey("videos", "mp4");
    await storage.put(key, bytes, { contentType: "video/mp4" });
    expect(await storage.head(key)).toEqual({ size: 1000, contentType: "video/mp4" });
    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("stores streams of known and of unknown length byte for byte", async () => {
    const chunks = () => Readable.from([bytes.subarray(0, 300), bytes.subarray(300)]);
    const known = randomKey("videos", "mp4");
    const unknown = randomKey("videos", "mp4");
    await storage.put(known, chunks(), { contentType: "video/mp4", contentLength: 1000 });
    await storage.put(unknown, chunks(), { contentType: "video/mp4" });
    for (const key of [known, unknown]) {
      const response = await fetch(await storage.signedUrl(key, { expiresInSeconds: 60 }));
      expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    }
  });

  it("refuses a stream over the cap or shorter than declared, storing nothing", async () => {
    const key = randomKey("videos", "mp4");
    const big = Readable.from([Buffer.alloc(64 * 1024), Buffer.alloc(1)]);
    await expect(storage.put(key, big, { contentType: "video/mp4" })).rejects.toThrow(/limit/);
    const short = Readable.from([bytes.subarray(0, 10)]);
    await expect(storage.put(key, short, { contentType: "video/mp4", contentLength: 20 })).rejects.toThrow(
      /declared/,
    );
    expect(await storage.head(key)).toBeNull();
  });

  it("signs GET URLs that plain fetch can read whole, by range, and as a named download", async () => {
    const key = randomKey("videos", "mp4");
    await storage.put(key, bytes, { contentType: "video/mp4" });

    const whole = await fetch(await storage.signedUrl(key, { expiresInSeconds: 60 }));
    expect(whole.status).toBe(200);
    expect(whole.headers.get("content-type")).toBe("video/mp4");
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);

    const ranged = await fetch(await storage.signedUrl(key, { expiresInSeconds: 60 }), {
      headers: { range: "bytes=0-99" },
    });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get("content-range")).toBe("bytes 0-99/1000");
    expect(Buffer.from(await ranged.arrayBuffer()).equals(bytes.subarray(0, 100))).toBe(true);

    const download = await fetch(
      await storage.signedUrl(key, { expiresInSeconds: 60, downloadName: "clip.mp4" }),
    );
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="clip.mp4"; filename*=UTF-8''clip.mp4`,
    );
    await download.arrayBuffer();
  });

  // s3rver checks a presigned URL's expiry but not its V4 signature ("unimplemented" in its
  // authentication middleware), so a tampered URL cannot be tested here; AWS itself refuses one.
  it("refuses a presigned URL after it expires", async () => {
    const key = randomKey("videos", "mp4");
    await storage.put(key, bytes, { contentType: "video/mp4" });
    // Signed by a clock ten seconds behind instead of waiting: the same moment, still in its
    // lifetime, is served; one second of lifetime from then has run out.
    const signedEarlier = driver(() => Date.now() - 10_000);
    const current = await fetch(await signedEarlier.signedUrl(key, { expiresInSeconds: 60 }));
    expect(current.status).toBe(200);
    await current.arrayBuffer();
    const response = await fetch(await signedEarlier.signedUrl(key, { expiresInSeconds: 1 }));
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("Request has expired");
  });
});
