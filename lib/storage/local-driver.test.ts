import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { randomKey, isValidKey } from "./keys";
import { createLocalDriver } from "./local-driver";
import { deriveStorageSigningKey, expiryFor, STABLE_URL_WINDOW_SECONDS } from "./signing";
import { FILE_URL_SECONDS } from "@/lib/queries/file-urls";

const signingKey = deriveStorageSigningKey("a-test-secret-that-is-long-enough-to-use");
let root: string;
let clock: number;
const driver = () => createLocalDriver({ root, signingKey, now: () => clock, maxBytes: 1024 });

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "storage-test-"));
  clock = Date.UTC(2026, 10, 5, 12, 0, 0);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("local driver objects", () => {
  it("puts, heads, reads (whole and ranged) and deletes an object", async () => {
    const storage = driver();
    const key = randomKey("videos", "mp4");
    await storage.put(key, Buffer.from("0123456789"), { contentType: "video/mp4", contentLength: 10 });

    expect(await storage.head(key)).toEqual({ size: 10, contentType: "video/mp4" });
    const whole = await storage.read(key);
    expect(whole && (await text(whole.stream))).toBe("0123456789");
    const part = await storage.read(key, { start: 2, end: 4 });
    expect(part?.size).toBe(10);
    expect(part && (await text(part.stream))).toBe("234");

    await storage.delete(key);
    expect(await storage.head(key)).toBeNull();
    expect(await storage.read(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("stores the given content type rather than guessing from the extension", async () => {
    const storage = driver();
    const key = randomKey("uploads", "png");
    await storage.put(key, Readable.from([Buffer.from("ab"), Buffer.from("c")]), {
      contentType: "image/webp",
    });
    expect(await storage.head(key)).toEqual({ size: 3, contentType: "image/webp" });
  });

  it("leaves nothing behind when the body stream fails part-way", async () => {
    const storage = driver();
    const key = randomKey("videos", "mp4");
    const failing = Readable.from(
      (async function* () {
        yield Buffer.from("partial bytes");
        throw new Error("connection reset");
      })(),
    );
    await expect(storage.put(key, failing, { contentType: "video/mp4" })).rejects.toThrow("connection reset");
    expect(await storage.head(key)).toBeNull();
    expect(await listFiles(root)).toEqual([]);
  });

  it("refuses bodies over the size cap or of another length than declared, storing nothing", async () => {
    const storage = driver();
    const key = randomKey("videos", "mp4");
    await expect(storage.put(key, Buffer.alloc(1025), { contentType: "video/mp4" })).rejects.toThrow(/limit/);
    await expect(
      storage.put(key, Buffer.alloc(10), { contentType: "video/mp4", contentLength: 11 }),
    ).rejects.toThrow(/declared/);
    expect(await listFiles(root)).toEqual([]);
  });

  it("rejects keys that could escape the folder or were not made by randomKey", async () => {
    const storage = driver();
    const hex = "0123456789abcdef0123456789abcdef";
    for (const key of [
      `../videos/${hex}.mp4`,
      `/videos/${hex}.mp4`,
      `videos/../${hex}.mp4`,
      `videos//${hex}.mp4`,
      `${hex}.mp4`,
      `videos/${hex}`,
      `videos/${hex}.mp4/`,
      `Videos/${hex}.mp4`,
      `videos/${hex.slice(1)}.mp4`,
      `videos\\${hex}.mp4`,
      `videos/${hex}.mp4.meta.json`,
    ]) {
      expect(isValidKey(key), key).toBe(false);
      await expect(storage.head(key), key).rejects.toThrow("Invalid storage key");
      await expect(storage.put(key, Buffer.from("x"), { contentType: "text/plain" }), key).rejects.toThrow();
    }
    expect(isValidKey(`videos/2026/11/${hex}.mp4`)).toBe(true);
    expect(() => randomKey("../videos", "mp4")).toThrow();
    expect(() => randomKey("videos", "mp4/../x")).toThrow();
    expect(randomKey("videos", "mp4", new Date(Date.UTC(2026, 10, 1)))).toMatch(
      /^videos\/2026\/11\/[0-9a-f]{32}\.mp4$/,
    );
  });
});

describe("local driver signed URLs", () => {
  const key = `videos/2026/11/${"ab".repeat(16)}.mp4`;
  const parts = (url: string) => {
    const parsed = new URL(url, "http://x");
    const q = parsed.searchParams;
    return { path: parsed.pathname, exp: q.get("exp"), sig: q.get("sig"), dl: q.get("dl") };
  };

  it("signs a relative URL that verifies, and an absolute one on a given base", async () => {
    const storage = driver();
    const url = await storage.signedUrl(key, { expiresInSeconds: 60, downloadName: "my vidéo.mp4" });
    const { path: urlPath, exp, sig, dl } = parts(url);
    expect(url.startsWith(`/api/files/${key}?`)).toBe(true);
    expect(urlPath).toBe(`/api/files/${key}`);
    expect(Number(exp)).toBe(clock / 1000 + 60);
    expect(dl).toBe("my vidéo.mp4");
    expect(storage.verifySignature(key, exp, sig, dl)).toBe(true);

    const absolute = await storage.signedUrl(key, {
      expiresInSeconds: 60,
      baseUrl: "https://studio.example.com",
    });
    expect(absolute.startsWith(`https://studio.example.com/api/files/${key}?`)).toBe(true);
    const a = parts(absolute);
    expect(storage.verifySignature(key, a.exp, a.sig, a.dl)).toBe(true);
  });

  it("refuses a tampered key, expiry, download name or signature", async () => {
    const storage = driver();
    const { exp, sig, dl } = parts(
      await storage.signedUrl(key, { expiresInSeconds: 60, downloadName: "a.mp4" }),
    );
    expect(storage.verifySignature(`videos/2026/11/${"cd".repeat(16)}.mp4`, exp, sig, dl)).toBe(false);
    expect(storage.verifySignature(key, String(Number(exp) + 1), sig, dl)).toBe(false);
    expect(storage.verifySignature(key, exp, sig, "b.mp4")).toBe(false);
    expect(storage.verifySignature(key, exp, sig, null)).toBe(false);
    expect(storage.verifySignature(key, exp, `${sig}x`, dl)).toBe(false);
    expect(storage.verifySignature(key, exp, null, dl)).toBe(false);
    expect(storage.verifySignature(key, null, sig, dl)).toBe(false);
    const other = createLocalDriver({
      root,
      signingKey: deriveStorageSigningKey("another-secret-of-enough-length!!"),
      now: () => clock,
    });
    expect(other.verifySignature(key, exp, sig, dl)).toBe(false);
  });

  it("refuses a URL once it has expired", async () => {
    const storage = driver();
    const { exp, sig } = parts(await storage.signedUrl(key, { expiresInSeconds: 60 }));
    clock += 59_000;
    expect(storage.verifySignature(key, exp, sig)).toBe(true);
    clock += 1_000;
    expect(storage.verifySignature(key, exp, sig)).toBe(false);
  });

  it("refuses lifetimes S3 could not honour either", async () => {
    const storage = driver();
    await expect(storage.signedUrl(key, { expiresInSeconds: 0 })).rejects.toThrow(RangeError);
    await expect(storage.signedUrl(key, { expiresInSeconds: 8 * 24 * 3600 })).rejects.toThrow(RangeError);
  });
});

describe("stable signed URLs", () => {
  it("gives the same long-lived URL within a window, never shorter than asked", () => {
    const now = Date.UTC(2026, 0, 1, 10, 21, 0);
    const a = expiryFor(6 * 3600, now);
    const b = expiryFor(6 * 3600, now + 30_000);
    expect(a).toBe(b);
    expect(a * 1000 - now).toBeGreaterThanOrEqual(6 * 3600 * 1000);
    expect(expiryFor(60, now)).toBe(now / 1000 + 60);
  });

  it("keeps a file URL of the studio's pages short-lived: minutes, at most one window more than asked", () => {
    const start = Date.UTC(2026, 0, 1, 10, 20, 0);
    for (let offset = 0; offset < STABLE_URL_WINDOW_SECONDS * 1000; offset += 7_000) {
      const now = start + offset;
      const left = expiryFor(FILE_URL_SECONDS, now) - now / 1000;
      expect(left).toBeGreaterThanOrEqual(FILE_URL_SECONDS);
      expect(left).toBeLessThan(FILE_URL_SECONDS + STABLE_URL_WINDOW_SECONDS);
    }
    expect(FILE_URL_SECONDS + STABLE_URL_WINDOW_SECONDS).toBeLessThanOrEqual(30 * 60);
  });
});
