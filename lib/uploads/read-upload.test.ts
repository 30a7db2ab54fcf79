import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readUploadedFile, UploadTooLargeError } from "./read-upload";

const URL_ = "http://studio.test/api/uploads";

function formRequest(files: File[], headers: Record<string, string> = {}) {
  const form = new FormData();
  for (const file of files) form.append("file", file);
  const encoded = new Request(URL_, { method: "POST", body: form });
  return new Request(URL_, {
    method: "POST",
    body: encoded.body,
    headers: { "content-type": encoded.headers.get("content-type")!, ...headers },
    duplex: "half",
  } as RequestInit);
}

const file = (size: number, name = "a.png") =>
  new File([new Uint8Array(size).fill(7)], name, { type: "image/png" });

async function failure(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readUploadedFile", () => {
  it("returns the bytes, name and declared type of the one file", async () => {
    const result = await readUploadedFile(formRequest([file(10, "photo.jpg")]), 100);
    expect(result.bytes).toEqual(Buffer.alloc(10, 7));
    expect(result).toMatchObject({ name: "photo.jpg", type: "image/png" });
  });

  it("refuses with 413 from Content-Length alone, before reading the body", async () => {
    const request = formRequest([file(10)], { "content-length": String(10 * 1024 * 1024) });
    const error = await failure(readUploadedFile(request, 1024));
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect(error.status).toBe(413);
    expect(request.bodyUsed).toBe(false);
  });

  it("refuses with 413 while reading when no Content-Length was sent", async () => {
    const error = await failure(readUploadedFile(formRequest([file(200_000)]), 1024));
    expect(error.status).toBe(413);
  });

  it("refuses a request without exactly one file", async () => {
    expect((await failure(readUploadedFile(formRequest([]), 100))).status).toBe(400);
    expect((await failure(readUploadedFile(formRequest([file(1), file(1)]), 100))).message).toBe(
      "Choose one image to upload.",
    );
  });

  it("refuses a body that is not multipart/form-data", async () => {
    const request = new Request(URL_, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect((await failure(readUploadedFile(request, 100))).status).toBe(400);
  });
});
