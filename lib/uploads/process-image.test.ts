import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { processImageUpload } from "./process-image";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./rules";
import {
  CAMERA_MAKE,
  decompressionBombPng,
  GPS_DATUM,
  gradientPng,
  htmlPngPolyglot,
  jpegWithGps,
  sampleWebp,
  solidPng,
  svgWithScript,
  textFile,
  truncated,
} from "@/lib/testing/sample-images";

async function refusal(bytes: Buffer): Promise<AppError> {
  const error = await processImageUpload(bytes).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("bad_request");
  return error as AppError;
}

describe("accepted images", () => {
  it("decides the type by content: a PNG sent as photo.jpg stays a PNG", async () => {
    const result = await processImageUpload(await gradientPng(64, 48));
    expect(result).toMatchObject({ contentType: "image/png", ext: "png", width: 64, height: 48 });
    expect((await sharp(result.data).metadata()).format).toBe("png");
    expect(result.sizeBytes).toBe(result.data.length);
    expect(result.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it("strips EXIF and GPS from a phone JPEG after turning it upright", async () => {
    const original = await jpegWithGps(120, 80);
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(original.includes(CAMERA_MAKE)).toBe(true);
    expect(original.includes(GPS_DATUM)).toBe(true);

    const result = await processImageUpload(original);
    const after = await sharp(result.data).metadata();
    expect(result).toMatchObject({ contentType: "image/jpeg", ext: "jpg", width: 80, height: 120 });
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect(result.data.includes(CAMERA_MAKE)).toBe(false);
    expect(result.data.includes(GPS_DATUM)).toBe(false);
  });

  it("keeps a WebP a WebP", async () => {
    const result = await processImageUpload(await sampleWebp(50, 30));
    expect(result).toMatchObject({ contentType: "image/webp", ext: "webp", width: 50, height: 30 });
  });

  it("scales an image wider than 4096 px down, keeping its aspect", async () => {
    const result = await processImageUpload(await solidPng(6000, 1500));
    expect(result).toMatchObject({ width: 4096, height: 1024 });
  });

  it("drops anything appended after the image data", async () => {
    const withTail = Buffer.concat([await gradientPng(16, 16), Buffer.from("<script>alert(1)</script>")]);
    const result = await processImageUpload(withTail);
    expect(result.data.includes("<script>")).toBe(false);
  });
});

describe("refused files", () => {
  it("refuses a text file named .png", async () => {
    expect((await refusal(textFile())).message).toBe(UPLOAD_MESSAGES.notImage);
  });

  it("refuses an SVG carrying a script", async () => {
    expect((await refusal(svgWithScript())).message).toBe(UPLOAD_MESSAGES.notImage);
  });

  it("refuses an HTML/PNG polyglot", async () => {
    expect((await refusal(await htmlPngPolyglot())).message).toBe(UPLOAD_MESSAGES.notImage);
  });

  it("refuses GIF rather than converting it", async () => {
    const gif = await sharp(await gradientPng(8, 8))
      .gif()
      .toBuffer();
    expect((await refusal(gif)).message).toBe(UPLOAD_MESSAGES.notImage);
  });

  it("refuses a truncated JPEG and a truncated PNG", async () => {
    expect((await refusal(truncated(await jpegWithGps(200, 150)))).message).toBe(UPLOAD_MESSAGES.damaged);
    expect((await refusal(truncated(await gradientPng(200, 150)))).message).toBe(UPLOAD_MESSAGES.damaged);
  });

  it("refuses a decompression bomb by its header, without decoding it", async () => {
    const bomb = decompressionBombPng(10_000, 10_000);
    expect(bomb.length).toBeLessThan(50_000);
    const started = Date.now();
    const error = await refusal(bomb);
    expect(error.message).toBe("That image is too large (100 megapixels). Use one under 40 megapixels.");
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("refuses a file over 20 MB before looking inside it", async () => {
    const oversize = Buffer.alloc(MAX_UPLOAD_BYTES + 1);
    (await gradientPng(8, 8)).copy(oversize);
    expect((await refusal(oversize)).message).toBe(UPLOAD_MESSAGES.tooLarge);
  });

  it("refuses an empty file", async () => {
    expect((await refusal(Buffer.alloc(0))).message).toBe(UPLOAD_MESSAGES.empty);
  });
});
