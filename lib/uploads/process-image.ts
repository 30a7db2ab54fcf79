import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import {
  MAX_INPUT_PIXELS,
  MAX_LONG_SIDE,
  MAX_UPLOAD_BYTES,
  megapixels,
  UPLOAD_MESSAGES,
  UPSTREAM_MAX_IMAGE_BYTES,
  type ImageContentType,
} from "./rules";

export interface ProcessImageOptions {
  maxBytes?: number;
  maxPixels?: number;
  maxLongSide?: number;
}

export interface ProcessedImage {
  data: Buffer;
  contentType: ImageContentType;
  ext: "jpg" | "png" | "webp";
  width: number;
  height: number;
  sizeBytes: number;
  /** SHA-256 hex of `data`. */
  checksum: string;
}

const FORMATS = {
  jpg: { contentType: "image/jpeg", sharpFormat: "jpeg" },
  png: { contentType: "image/png", sharpFormat: "png" },
  webp: { contentType: "image/webp", sharpFormat: "webp" },
} as const;
type Ext = keyof typeof FORMATS;
const isAcceptedExt = (ext: string | undefined): ext is Ext => ext !== undefined && ext in FORMATS;

const refuse = (message: string) => new AppError("bad_request", message);

/**
 * Turns untrusted bytes into a clean image or refuses them with a message a person can act on.
 * The type comes from the bytes, never the name or declared type; the pixels are decoded and
 * re-encoded, so anything riding along (metadata, GPS, appended payloads) is dropped. GIF, HEIC,
 * AVIF, SVG and the rest are refused: the upstream documents none of them.
 */
export async function processImageUpload(
  bytes: Buffer,
  opts: ProcessImageOptions = {},
): Promise<ProcessedImage> {
  const { maxBytes = MAX_UPLOAD_BYTES, maxPixels = MAX_INPUT_PIXELS, maxLongSide = MAX_LONG_SIDE } = opts;
  if (bytes.length > maxBytes) throw refuse(UPLOAD_MESSAGES.tooLarge);
  if (bytes.length === 0) throw refuse(UPLOAD_MESSAGES.empty);

  const detected = await fileTypeFromBuffer(bytes);
  if (!isAcceptedExt(detected?.ext)) throw refuse(UPLOAD_MESSAGES.notImage);
  const ext = detected.ext;
  const format = FORMATS[ext];

  // Only the header is read here, so a bomb's size is known without decoding a single pixel.
  const header = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => {
      throw refuse(UPLOAD_MESSAGES.damaged);
    });
  const { width, height, format: headerFormat } = header;
  if (headerFormat !== format.sharpFormat || !width || !height) throw refuse(UPLOAD_MESSAGES.damaged);
  const tooManyPixels = () => refuse(UPLOAD_MESSAGES.tooManyPixels(megapixels(width, height)));
  if (width * height > maxPixels) throw tooManyPixels();

  const pipeline = sharp(bytes, { limitInputPixels: maxPixels, failOn: "error" })
    .autoOrient()
    .resize({ width: maxLongSide, height: maxLongSide, fit: "inside", withoutEnlargement: true });
  const { data, info } = await encode(pipeline, ext)
    .toBuffer({ resolveWithObject: true })
    .catch((error: unknown) => {
      throw error instanceof Error && /pixel limit/i.test(error.message)
        ? tooManyPixels()
        : refuse(UPLOAD_MESSAGES.damaged);
    });
  if (data.length > UPSTREAM_MAX_IMAGE_BYTES) throw refuse(UPLOAD_MESSAGES.tooLarge);

  return {
    data,
    contentType: format.contentType,
    ext,
    width: info.width,
    height: info.height,
    sizeBytes: data.length,
    checksum: createHash("sha256").update(data).digest("hex"),
  };
}

// Sharp writes no metadata unless asked (withMetadata/keepExif), so EXIF and GPS are dropped here.
function encode(image: Sharp, ext: Ext): Sharp {
  if (ext === "jpg") return image.jpeg({ quality: 90, mozjpeg: true });
  if (ext === "png") return image.png({ adaptiveFiltering: true });
  return image.webp({ quality: 90 });
}
