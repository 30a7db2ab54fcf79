/**
 * What an upload must be, shared by the browser's pre-checks and the server's checks so both say
 * the same thing. Free of Node imports: the upload form bundles it.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** The upstream fetches images up to 25 MB; a re-encoded image must still fit. */
export const UPSTREAM_MAX_IMAGE_BYTES = 25 * 1024 * 1024;
export const MAX_INPUT_PIXELS = 40_000_000;
export const MAX_LONG_SIDE = 4096;

export const ACCEPTED_IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type ImageContentType = (typeof ACCEPTED_IMAGE_TYPES)[number];

export const UPLOAD_MESSAGES = {
  notImage: "That file is not a JPEG, PNG or WebP image.",
  tooLarge: `That file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. Use a smaller image.`,
  empty: "That file is empty.",
  damaged: "That image file is damaged or incomplete.",
  tooManyPixels: (megapixels: number) =>
    `That image is too large (${megapixels} megapixels). Use one under ${MAX_INPUT_PIXELS / 1_000_000} megapixels.`,
} as const;

export const megapixels = (width: number, height: number) => Math.round((width * height) / 100_000) / 10;

/** The checks a browser can make before sending: declared type and size. The server decides by content. */
export function precheckImageFile(file: { type: string; size: number }): string | null {
  if (file.size === 0) return UPLOAD_MESSAGES.empty;
  if (file.size > MAX_UPLOAD_BYTES) return UPLOAD_MESSAGES.tooLarge;
  // Some pastes and drags carry no type; the server sniffs the bytes anyway.
  if (file.type && !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return UPLOAD_MESSAGES.notImage;
  }
  return null;
}
