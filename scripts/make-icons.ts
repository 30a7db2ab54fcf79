/**
 * `npx tsx scripts/make-icons.ts`: draws the app icon (a clapperboard with a play button on the
 * brand violet) and writes the PNGs the web manifest and iOS use. The output is committed; run
 * this again only when the design changes.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

const PRIMARY = "#6d4aff";
const PRIMARY_LIGHT = "#8b70ff";
const root = path.resolve(import.meta.dirname, "..");

/** The glyph on a 512 × 512 canvas, centred on (256, 256). */
const glyph = `
  <g transform="rotate(-10 126 196)">
    <rect x="118" y="132" width="276" height="56" rx="14" fill="#fff"/>
    <path d="M170 132h44l-34 56h-44zM262 132h44l-34 56h-44zM354 132h40v8l-29 48h-45z" fill="${PRIMARY}"/>
  </g>
  <rect x="118" y="206" width="276" height="180" rx="24" fill="#fff"/>
  <path d="M232 250v92l80-46z" fill="${PRIMARY}"/>`;

/**
 * `fullBleed`: a square the platform masks itself (maskable, iOS), with the glyph shrunk into the
 * maskable safe zone. Otherwise a rounded tile with transparent corners.
 */
function iconSvg(size: number, fullBleed: boolean): string {
  const scale = fullBleed ? 0.78 : 1;
  const offset = (512 * (1 - scale)) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 512 512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${PRIMARY_LIGHT}"/>
      <stop offset="1" stop-color="${PRIMARY}"/>
    </linearGradient>
  </defs>
  <rect width="512" height="512" rx="${fullBleed ? 0 : 112}" fill="url(#bg)"/>
  <g transform="translate(${offset} ${offset}) scale(${scale})">${glyph}</g>
</svg>`;
}

const outputs: { file: string; size: number; fullBleed: boolean }[] = [
  { file: "public/icons/icon-192.png", size: 192, fullBleed: false },
  { file: "public/icons/icon-512.png", size: 512, fullBleed: false },
  { file: "public/icons/maskable-512.png", size: 512, fullBleed: true },
  { file: "public/icons/apple-touch-icon.png", size: 180, fullBleed: true },
  { file: "app/icon.png", size: 64, fullBleed: false },
  { file: "app/apple-icon.png", size: 180, fullBleed: true },
];

for (const { file, size, fullBleed } of outputs) {
  const target = path.join(root, file);
  await mkdir(path.dirname(target), { recursive: true });
  const png = await sharp(Buffer.from(iconSvg(size, fullBleed)))
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
  await writeFile(target, png);
  console.log(`${file} (${size}×${size}, ${png.length} bytes)`);
}
