import "server-only";
import { AppError } from "@/lib/errors";
import { assertDeclaredWithin, readBodyBytes, type BodyLimit } from "@/lib/http/read-body";
import { MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "./rules";

/** Room for the multipart boundaries and headers around the file itself. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** A refusal answered with 413 (`too_large`), with the upload form's own wording. */
export class UploadTooLargeError extends AppError {
  constructor() {
    super("too_large", UPLOAD_MESSAGES.tooLarge);
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
  const limit: BodyLimit = {
    maxBytes: maxBytes + MULTIPART_OVERHEAD_BYTES,
    tooLarge: () => new UploadTooLargeError(),
  };
  assertDeclaredWithin(request, limit);

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    throw new AppError("bad_request", "Send the image as multipart/form-data in a field named file.");
  }
  const body = await readBodyBytes(request, limit);
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
