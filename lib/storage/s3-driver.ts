import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { Readable } from "node:stream";
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
}

/**
 * Objects in an S3-compatible bucket, served to browsers through presigned GET URLs.
 * A stream of known length is sent as it arrives; one of unknown length is buffered up to `maxBytes`
 * first (a single PUT needs a length, and `@aws-sdk/lib-storage` is not a dependency here).
 */
export function createS3Driver(options: S3DriverOptions): StorageDriver {
  const { bucket, maxBytes = DEFAULT_MAX_OBJECT_BYTES } = options;
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
      const signing = stableSigning(expiresInSeconds, Date.now());
      const command = new GetObjectCommand({
        Bucket: bucket,
        Key: key,
        ResponseContentDisposition: downloadName ? contentDisposition("attachment", downloadName) : undefined,
      });
      return getSignedUrl(client, command, signing);
    },
  };
}

function isNotFound(error: unknown): boolean {
  return (
    error instanceof S3ServiceException &&
    (error.name === "NotFound" || error.$metadata.httpStatusCode === 404)
  );
}
