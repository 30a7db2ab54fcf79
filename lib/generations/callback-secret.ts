import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const sha256 = (value: string) => createHash("sha256").update(value).digest();

/** 256 random bits for the callback URL; only its hash is stored. */
export function createCallbackSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString("base64url");
  return { secret, hash: sha256(secret).toString("hex") };
}

export function verifyCallbackSecret(storedHash: string | null, presented: string | null): boolean {
  if (!storedHash || !presented || presented.length > 200) return false;
  const expected = Buffer.from(storedHash, "hex");
  const actual = sha256(presented);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

export function callbackUrl(appUrl: string, generationId: string, secret: string): string {
  const url = new URL(`/api/webhooks/grok/${encodeURIComponent(generationId)}`, appUrl);
  url.searchParams.set("token", secret);
  return url.toString();
}
