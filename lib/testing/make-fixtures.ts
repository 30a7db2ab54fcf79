/**
 * Writes the images the upload e2e tests drop into the studio: `npx tsx lib/testing/make-fixtures.ts`.
 * The outputs are committed; run this again only to change them.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import {
  decompressionBombPng,
  gradientPng,
  jpegWithGps,
  sampleWebp,
  textFile,
  truncated,
} from "./sample-images";

const OUT_DIR = path.join(import.meta.dirname, "..", "..", "e2e", "fixtures", "images");

const fixtures: Record<string, () => Buffer | Promise<Buffer>> = {
  "input.png": () => gradientPng(640, 360),
  "ref-1.jpg": () => jpegWithGps(320, 240),
  "ref-2.webp": () => sampleWebp(240, 240),
  "png-named.jpg": () => gradientPng(200, 120),
  "not-an-image.png": () => textFile(),
  "bomb.png": () => decompressionBombPng(10_000, 10_000),
  "truncated.jpg": async () => truncated(await jpegWithGps(320, 240)),
};

await mkdir(OUT_DIR, { recursive: true });
for (const [name, make] of Object.entries(fixtures)) {
  const bytes = await make();
  await writeFile(path.join(OUT_DIR, name), bytes);
  console.log(`${name.padEnd(18)} ${bytes.length.toLocaleString().padStart(8)} bytes`);
}
