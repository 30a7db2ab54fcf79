import "server-only";
import { Readable } from "node:stream";
import { requireAtRunTime } from "@/lib/server/require-at-run-time";
import { byteGuard, DEFAULT_MAX_OBJECT_BYTES, readAllCapped, toReadable } from "./body";
import { contentDisposition } from "./content-disposition";
import { assertValidKey } from "./keys";
import { stableSigning } from "./signing";
import type { StorageDriver } from "./types";

export interface S3DriverOptions {
  bucket: string;
  region: string;
  /** For S3-compatible services (MinIO, R2, s3rver); AWS itself needs none. */
  endpoint?: string;
  forcePathStyle?: boolean;
  accessKeyId?: string;
  secretAccessKey?: string;
  maxBytes?: number;
  /** The clock presigned URLs are signed by (tests sign in the past instead of waiting). */
  now?: () => number;
}

/**
 * Objects in an S3-compatible bucket, served to browsers through presigned GET URLs.
 * A stream of known length is sent as it arrives; one of unknown length is buffered up to `maxBytes`
 * first (a single PUT needs a length, and `@aws-sdk/lib-storage` is not a dependency here).
 */
export function createS3Driver(options: S3DriverOptions): StorageDriver {
  const { bucket, maxBytes = DEFAULT_MAX_OBJECT_BYTES, now = Date.now } = options;
  // The SDK is loaded with the first S3 driver: deployments on local files never pay its memory.
  const { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } =
    requireAtRunTime("@aws-sdk/client-s3") as typeof import("@aws-sdk/client-s3");
  const { getSignedUrl } = requireAtRunTime(
    "@aws-sdk/s3-request-presigner",
  ) as typeof import("@aws-sdk/s3-request-presigner");
  const client = new S3Client({
    region: options.region,
    endpoint: options.endpoint,
    forcePathStyle: options.forcePathStyle,
    credentials:
      options.accessKeyId && options.secretAccessKey
        ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
        : undefined,
    // The SDK's default CRC32 trailers wrap streamed bodies in aws-chunked encoding, which several
    // S3-compatible servers store verbatim or refuse; our own length check guards the upload.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });

  return {
    kind: "s3",

    async put(key, body, { contentType, contentLength }) {
      assertValidKey(key);
      const putObject = async (payload: Buffer | Readable, length: number, abortSignal?: AbortSignal) => {
        const command = new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: payload,
          ContentLength: length,
          ContentType: contentType,
        });
        await client.send(command, { abortSignal });
      };
      if (body instanceof Uint8Array || contentLength === undefined) {
        const bytes = await readAllCapped(body, maxBytes, contentLength);
        return putObject(bytes, bytes.length);
      }
      // The SDK pipes the body without listening for its errors: a failing or short stream would
      // hang the request (and crash the process), so the failure aborts the upload here instead.
      const source = Readable.from(byteGuard(maxBytes, contentLength)(toReadable(body)));
      const abort = new AbortController();
      let failure: unknown;
      source.once("error", (error) => {
        failure = error;
        abort.abort(error);
      });
      try {
        await putObject(source, contentLength, abort.signal);
      } catch (error) {
        throw failure ?? error;
      }
    },

    async head(key) {
      assertValidKey(key);
      try {
        const out = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return { size: out.ContentLength ?? 0, contentType: out.ContentType ?? "application/octet-stream" };
      } catch (error) {
        if (isNotFound(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },

    async signedUrl(key, { expiresInSeconds, downloadName }) {
      assertValidKey(key);
      const signing = stableSigning(expiresInSeconds, now());
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: downloadName ? contentDisposition("attachment", downloadName) : undefined,
      });
      return getSignedUrl(client, command, signing);
    },
  };
}

/** By the error's name and status, not `instanceof` (the SDK may be another copy than ours). */
function isNotFound(error: unknown): boolean {
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: number } } | null;
  return Boolean(
    e && typeof e === "object" && (e.name === "NotFound" || e.$metadata?.httpStatusCode === 404),
  );
}
