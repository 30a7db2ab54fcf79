import "server-only";
import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./rules";

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** A refusal answered with 413; the code stays one the client already knows. */
export class UploadTooLargeError extends AppError {
  constructor() {
    super("bad_request", UPLOAD_MESSAGES.tooLarge);
  }
  override get status(): number {
    return 413;
  }
}

export interface UploadedFile {
  bytes: Buffer;
  name: string;
  type: string;
}

/**
 * The one file in a multipart/form-data request's `file` field. The size is refused from
 * Content-Length before reading, and again while reading, so a missing or false header cannot
 * make the server buffer more than the cap.
 */
export async function readUploadedFile(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<UploadedFile> {
  const limit = maxBytes + MULTIPART_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > limit) throw new UploadTooLargeError();

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("bad_request", "Send the image as multipart/form-data in a field named file.");
  }
  const body = await readCapped(request, limit);
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData().catch(() => {
    throw new AppError("bad_request", "The upload could not be read. Try again.");
  });

  const files = form.getAll("file");
  const file = files[0];
  if (files.length !== 1 || !(file instanceof File)) {
    throw new AppError("bad_request", "Choose one image to upload.");
  }
  if (file.size > maxBytes) throw new UploadTooLargeError();
  return { bytes: Buffer.from(await file.arrayBuffer()), name: file.name, type: file.type };
}

async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw new UploadTooLargeError();
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
