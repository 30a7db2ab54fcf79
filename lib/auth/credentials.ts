import "server-only";
import { z } from "@/lib/validation/zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { plainText } from "@/lib/validation/text";
import { burnVerificationTime, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./password";
import { GuessThrottle } from "./throttle";

export const emailSchema = z
  .string({ message: "validation.emailRequired" })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "validation.emailInvalid" }).max(254, "validation.emailTooLong"));

export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ message: "validation.passwordRequired" })
    .min(1, "validation.passwordRequired")
    .max(PASSWORD_MAX),
});

/**
 * A password being chosen (sign-up, reset): the same rules everywhere. Messages here are
 * catalogue keys (lib/i18n/messages/<locale>/validation.json), translated where the form answers.
 */
export const newPasswordSchema = z
  .string({ message: "validation.passwordChoose" })
  .min(PASSWORD_MIN, "validation.passwordMin")
  .max(PASSWORD_MAX, "validation.passwordMax");

export const signUpSchema = z.object({
  name: plainText("validation.nameNul")
    .trim()
    .normalize("NFKC")
    .min(1, "validation.nameRequired")
    .max(80, "validation.nameTooLong"),
  email: emailSchema,
  password: newPasswordSchema,
});

export type CredentialsOutcome =
  | { ok: true; user: SignedInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number }
  /** The right password, but the address is not confirmed yet (only when confirmation is required). */
  | { ok: false; reason: "unverified"; user: SignedInUser };

type SignedInUser = { id: string; email: string; name: string | null; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. The attempt is counted before the password is checked (see
 * throttle.ts), so concurrent guesses cannot slip past the limit. Unknown emails and wrong
 * passwords take the same path, the same time and give the same answer.
 */
export async function verifyCredentials(
  client: PrismaClient,
  input: { email: string; password: string; ip: string; requireVerifiedEmail?: boolean; now?: Date },
): Promise<CredentialsOutcome> {
  const throttle = new GuessThrottle(client, "signin", () => input.now ?? new Date());
  const verdict = await throttle.attempt(input.email, input.ip);
  if (!verdict.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  const user = await client.user.findUnique({
    where: { email: input.email },
    select: {
      id: true,
      email: true,
      name: true,
      sessionVersion: true,
      passwordHash: true,
      emailVerified: true,
    },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnVerificationTime(input.password);
  if (!user || !valid) return { ok: false, reason: "invalid" };

  await throttle.recordSuccess(verdict);
  const { passwordHash: _hash, emailVerified, ...safe } = user;
  // Told only to someone who knows the password, so it reveals nothing about who has an account.
  if (input.requireVerifiedEmail && !emailVerified) return { ok: false, reason: "unverified", user: safe };
  return { ok: true, user: safe };
}
