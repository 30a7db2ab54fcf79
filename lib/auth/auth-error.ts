import type { AuthError } from "next-auth";

/**
 * Auth.js's own errors, told by their `type` field rather than `instanceof AuthError`: next-auth is
 * bundled into each part of the production build, so its classes exist in several copies
 * (docs/build-notes.md, pitfall 6). Redirects thrown by signIn carry a `digest`, never a `type`.
 */
export function isAuthError(error: unknown): error is AuthError {
  return error instanceof Error && typeof (error as { type?: unknown }).type === "string";
}

/** The `code` a Credentials refusal carries ("throttled", "unverified", …), if any. */
export const authErrorCode = (error: AuthError): unknown => (error as { code?: unknown }).code;
