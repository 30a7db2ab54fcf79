import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES } from "./rules";
import {
  decompressionBombPng,
  gradientPng,
  htmlPngPolyglot,
  jpegWithGps,
  svgWithScript,
  textFile,
  truncated,
} from "@/lib/testing/sample-images";
import { setupUploadTests } from "@/lib/testing/upload-test-kit";

const kit = setupUploadTests();

describe("saveImageUpload", () => {
  it("stores one object and one image Asset in the caller's workspace", async () => {
    const who = await kit.member();
    const dto = await kit.upload(who, await gradientPng(320, 180), "photo.jpg");

    const assets = await kit.db().asset.findMany({ where: { workspaceId: who.workspaceId } });
    expect(assets).toHaveLength(1);
    const asset = assets[0]!;
    expect(asset).toMatchObject({
      id: dto.id,
      ownerId: who.userId,
      kind: "image",
      contentType: "image/png",
      width: 320,
      height: 180,
    });
    expect(asset.storageKey).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.png$/);

    const objects = (await kit.storedFiles()).filter((f) => !f.endsWith(".meta.json"));
    expect(objects).toEqual([path.join(kit.storageRoot(), asset.storageKey)]);
    const bytes = await readFile(objects[0]!);
    expect(bytes.length).toBe(asset.sizeBytes);
    expect(createHash("sha256").update(bytes).digest("hex")).toBe(asset.checksum);

    expect(dto).toMatchObject({ width: 320, height: 180, contentType: "image/png", sizeBytes: bytes.length });
    const url = new URL(dto.url, "http://browser.test");
    expect(url.pathname).toBe(`/api/files/${asset.storageKey}`);
    const [exp, sig] = [url.searchParams.get("exp"), url.searchParams.get("sig")];
    expect(kit.storage().verifySignature(asset.storageKey, exp, sig)).toBe(true);
  });

  it.each([
    ["a text file", () => textFile()],
    ["an SVG with a script", () => svgWithScript()],
    ["an HTML/PNG polyglot", () => htmlPngPolyglot()],
    ["a decompression bomb", () => decompressionBombPng()],
    ["a truncated JPEG", async () => truncated(await jpegWithGps(300, 200))],
    ["a file over the size cap", () => Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x89)],
  ])("refuses %s and leaves no Asset and no file", async (_label, make) => {
    const who = await kit.member();
    const error = await kit.upload(who, await make()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_request");
    expect(await kit.db().asset.count({ where: { workspaceId: who.workspaceId } })).toBe(0);
    expect(await kit.storedFiles()).toEqual([]);
  });

  it("deletes the stored object when the Asset cannot be written", async () => {
    const who = await kit.member();
    const orphan = { ...who, workspaceId: "no-such-workspace" };
    await expect(kit.upload(orphan, await gradientPng(16, 16))).rejects.toThrow();
    expect(await kit.storedFiles()).toEqual([]);
  });
});
