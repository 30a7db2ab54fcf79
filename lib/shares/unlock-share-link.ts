import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { verifyPassword } from "@/lib/auth/password";
import { GuessThrottle } from "@/lib/auth/throttle";
import { findShareLink } from "./find-share-link";
import { judgeShareLink, type ShareRefusal } from "./open-share-link";
import { makeShareProof } from "./share-proof";

export type UnlockResult =
  | { ok: true; proof: string }
  | { ok: false; reason: ShareRefusal; title?: string | null }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number; title?: string | null };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks a share page's password, throttled as sign-in is (the link plays the account's part),
 * and answers with the proof its cookie keeps. The attempt is counted before the password is
 * checked, so parallel guesses cannot slip past the limit.
 */
export async function unlockShareLink(
  db: PrismaClient,
  input: { token: string; password: string; ip: string; proofKey: Uint8Array; now?: Date },
): Promise<UnlockResult> {
  const now = input.now ?? new Date();
  const link = await findShareLink(db, input.token);
  const refusal = judgeShareLink(link, now);
  if (refusal) return { ok: false, reason: refusal };
  const { id, passwordHash, title } = link!;
  // A link without a password has nothing to unlock: the page simply opens.
  if (!passwordHash) return { ok: true, proof: "" };

  const throttle = new GuessThrottle(db, "share");
  const verdict = await throttle.attempt(id, input.ip);
  if (!verdict.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds, title };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);
  if (!(await verifyPassword(passwordHash, input.password)))
    return { ok: false, reason: "wrong_password", title };
  await throttle.recordSuccess(verdict);
  return { ok: true, proof: makeShareProof(input.proofKey, { id, passwordHash }, now.getTime()) };
}
