import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";

/**
 * Images built in code for the upload tests and the e2e fixtures (make-fixtures.ts), so no
 * binary test data has to be trusted or explained.
 */

/** A left-to-right colour gradient: real pixel data, so encoders have something to keep. */
export function gradientPng(width: number, height: number): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = Math.round((x / width) * 255);
      raw[i + 1] = Math.round((y / height) * 255);
      raw[i + 2] = 160;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 9, adaptiveFiltering: true })
    .toBuffer();
}

export const CAMERA_MAKE = "SampleCam";
/** An ASCII GPS tag, so a test can see the GPS block in the bytes. */
export const GPS_DATUM = "SAMPLE-DATUM";

/** A JPEG as a phone writes it: EXIF with the camera, GPS position and a "rotate 90°" orientation. */
export async function jpegWithGps(width: number, height: number, quality = 80): Promise<Buffer> {
  return sharp(await gradientPng(width, height))
    .jpeg({ quality })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: CAMERA_MAKE, Model: "Phone 1" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "51/1 30/1 0/1",
        GPSLongitudeRef: "W",
        GPSLongitude: "0/1 7/1 0/1",
        GPSMapDatum: GPS_DATUM,
      },
    })
    .toBuffer();
}

export async function sampleWebp(width: number, height: number): Promise<Buffer> {
  return sharp(await gradientPng(width, height))
    .webp({ quality: 70 })
    .toBuffer();
}

export function solidPng(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#3366cc" }, limitInputPixels: false })
    .png()
    .toBuffer();
}

/**
 * A valid PNG whose pixels take gigabytes once decoded but a few kilobytes on disk: 1-bit greyscale
 * rows of zeros compress about a thousandfold. Written by hand because sharp takes seconds to
 * encode one this large.
 */
export function decompressionBombPng(width = 10_000, height = 10_000): Buffer {
  const rowBytes = 1 + Math.ceil(width / 8); // filter byte, then 8 pixels per byte
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([1, 0, 0, 0, 0], 8); // bit depth 1, greyscale, deflate, no filter, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(rowBytes * height), { level: 9 })),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export const truncated = (image: Buffer) => image.subarray(0, Math.floor(image.length / 2));

export const svgWithScript = () =>
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.cookie)</script></svg>',
  );

export const textFile = () => Buffer.from("This is a text file pretending to be an image.\n");

/** HTML first, a real PNG after it: a browser sniffing the start would run the script. */
export async function htmlPngPolyglot(): Promise<Buffer> {
  return Buffer.concat([Buffer.from("<html><script>alert(1)</script></html>\n"), await gradientPng(8, 8)]);
}
