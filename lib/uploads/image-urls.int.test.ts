import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { serveFile } from "@/lib/storage/serve-file";
import type { StorageDriver } from "@/lib/storage/types";
import { NEEDS_PUBLIC_ADDRESS } from "./availability";
import { resolveImageUrlsFor, UPSTREAM_IMAGE_URL_SECONDS } from "./image-urls";
import { gradientPng, jpegWithGps } from "@/lib/testing/sample-images";
import { setupUploadTests } from "@/lib/testing/upload-test-kit";

const PUBLIC_BASE = "https://studio.example.com";
const kit = setupUploadTests();

const resolver = (workspaceId: string, storage: StorageDriver = kit.storage(), publicBaseUrl?: string) =>
  resolveImageUrlsFor({ db: kit.db(), storage, workspaceId, publicBaseUrl });

describe("resolveImageUrlsFor", () => {
  it("signs absolute URLs on the public address that serve the stored bytes for 24 hours", async () => {
    const who = await kit.member();
    const input = await kit.upload(who, await gradientPng(64, 36));
    const ref = await kit.upload(who, await jpegWithGps(40, 30));
    const urls = await resolver(
      who.workspaceId,
      kit.storage(),
      PUBLIC_BASE,
    )({
      inputImageId: input.id,
      referenceImageIds: [ref.id],
    });

    expect(urls.imageUrl).toMatch(new RegExp(`^${PUBLIC_BASE}/api/files/uploads/`));
    expect(urls.referenceImageUrls).toHaveLength(1);
    const pairs = [
      [urls.imageUrl!, input.id],
      [urls.referenceImageUrls[0]!, ref.id],
    ] as const;
    for (const [url, id] of pairs) {
      const { storageKey, sizeBytes } = await kit.db().asset.findUniqueOrThrow({ where: { id } });
      const exp = Number(new URL(url).searchParams.get("exp"));
      expect(exp * 1000 - Date.now()).toBeGreaterThan((UPSTREAM_IMAGE_URL_SECONDS - 60) * 1000);
      const response = await serveFile(new Request(url), storageKey, kit.storage());
      expect(response.status).toBe(200);
      expect((await response.arrayBuffer()).byteLength).toBe(sizeBytes);
    }
  });

  it("refuses another workspace's image, or an unknown id, as not found", async () => {
    const owner = await kit.member();
    const stranger = await kit.member();
    const theirs = await kit.upload(owner, await gradientPng(16, 16));
    const mine = await kit.upload(stranger, await gradientPng(16, 16));
    const resolve = resolver(stranger.workspaceId, kit.storage(), PUBLIC_BASE);

    for (const ids of [
      { inputImageId: theirs.id, referenceImageIds: [] },
      { inputImageId: mine.id, referenceImageIds: [theirs.id] },
      { referenceImageIds: ["not-an-asset-id"] },
    ]) {
      const error = await resolve(ids).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({
        code: "not_found",
        message: "One of the images is not in this workspace.",
      });
    }
  });

  it("refuses a stored video's id", async () => {
    const who = await kit.member();
    const video = await kit.db().asset.create({
      data: {
        workspaceId: who.workspaceId,
        kind: "video",
        storageKey: `videos/2026/01/${"a".repeat(32)}.mp4`,
        contentType: "video/mp4",
        sizeBytes: 1,
        checksum: "0",
      },
    });
    const resolve = resolver(who.workspaceId, kit.storage(), PUBLIC_BASE);
    await expect(resolve({ inputImageId: video.id, referenceImageIds: [] })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("needs a public address with the local driver, and only when there are images", async () => {
    const who = await kit.member();
    const image = await kit.upload(who, await gradientPng(16, 16));
    const resolve = resolver(who.workspaceId, kit.storage(), undefined);
    expect(await resolve({ inputImageId: null, referenceImageIds: [] })).toEqual({ referenceImageUrls: [] });
    await expect(resolve({ inputImageId: image.id, referenceImageIds: [] })).rejects.toMatchObject({
      code: "bad_request",
      message: NEEDS_PUBLIC_ADDRESS,
    });
  });

  it("presigns for 24 hours with S3, without a base URL", async () => {
    const who = await kit.member();
    const image = await kit.upload(who, await gradientPng(16, 16));
    const calls: unknown[] = [];
    const s3: StorageDriver = {
      ...kit.storage(),
      kind: "s3",
      signedUrl: async (key, opts) => {
        calls.push({ key, opts });
        return `https://bucket.s3.example.com/${key}?X-Amz-Signature=x`;
      },
    };
    const urls = await resolver(
      who.workspaceId,
      s3,
      "http://localhost:3000",
    )({
      inputImageId: image.id,
      referenceImageIds: [],
    });
    expect(urls.imageUrl).toMatch(/^https:\/\/bucket\.s3\.example\.com\/uploads\//);
    expect(calls).toEqual([
      { key: expect.any(String), opts: { expiresInSeconds: UPSTREAM_IMAGE_URL_SECONDS } },
    ]);
  });
});
