import { z } from "@/lib/validation/zod";

/**
 * Text from a person or a URL that may reach the database. PostgreSQL's text type cannot hold NUL
 * (U+0000): left unchecked, one NUL in a query parameter or a form field fails deep inside a query as
 * a 500. Refusing it at the edge answers 400 with a message instead.
 */
export const NUL_MESSAGE = "must not contain NUL characters";

export const hasNul = (value: string) => value.includes("\u0000");

/** A string without NUL. Chain `.trim()`, `.max()`, … on it like on `z.string()`. */
export const plainText = (message = `Text ${NUL_MESSAGE}.`) =>
  z.string().refine((value) => !hasNul(value), { message });

/** Ids are cuids (25 characters); 64 leaves room for any other scheme and refuses absurd lengths. */
export const MAX_ID_LENGTH = 64;

/** A record id from a URL: non-empty, bounded, without NUL. */
export const recordIdSchema = plainText("Not a valid id.")
  .min(1, "Not a valid id.")
  .max(MAX_ID_LENGTH, "Not a valid id.");

/**
 * Whether a route parameter could be an id at all. A value that cannot be is answered like any
 * unknown id (404) without a query.
 */
export const isRecordId = (value: unknown): value is string => recordIdSchema.safeParse(value).success;
