/**
 * Classifying Prisma errors by their `code` field, never `instanceof`: `next build` bundles routes,
 * actions and pages separately, so the error class a query throws may not be the copy a caller
 * imported (docs/build-notes.md, pitfall 6).
 */

interface CodedError {
  code: string;
  meta?: unknown;
}

const hasCode = (error: unknown): error is CodedError =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string";

/** A unique constraint refused the write (P2002): someone already has this email, key, … */
export const isUniqueViolation = (error: unknown): boolean => hasCode(error) && error.code === "P2002";

/**
 * Prisma codes for a value the database cannot take — what a user's input causes, not a bug:
 * too long for the column (P2000), invalid for its type (P2006, P2007, P2019, P2023), out of range
 * (P2020, P2033).
 */
const INPUT_PRISMA_CODES = new Set(["P2000", "P2006", "P2007", "P2019", "P2020", "P2023", "P2033"]);

/**
 * SQLSTATE class 22 is "data exception": invalid byte sequence such as NUL (22021), untranslatable
 * character (22P05), string too long (22001), invalid text representation (22P02), numeric out
 * of range (22003), … Prisma 7 with a driver adapter reports such an error as P2039 (or another
 * P-code) and keeps the database's code under `meta.driverAdapterError.cause`.
 */
const isDataExceptionSqlState = (value: unknown) =>
  typeof value === "string" && /^22[0-9A-Z]{3}$/.test(value);

function sqlState(error: CodedError): unknown {
  const cause = (
    error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown; code?: unknown } } }
  )?.driverAdapterError?.cause;
  return cause?.originalCode ?? cause?.code;
}

/** The database refused a value a user could have sent: answer 400, not 500. */
export function isInvalidInputError(error: unknown): boolean {
  if (!hasCode(error)) return false;
  if (INPUT_PRISMA_CODES.has(error.code) || isDataExceptionSqlState(error.code)) return true;
  return /^P\d{4}$/.test(error.code) && isDataExceptionSqlState(sqlState(error));
}
