import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { plainText } from "@/lib/validation/text";
import { burnVerificationTime, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./password";
import { SignInThrottle } from "./throttle";

export const emailSchema = z
  .string({ message: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address." }).max(254, "That email address is too long."));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ message: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX),
});

export const signUpSchema = z.object({
  name: plainText("Your name cannot contain NUL characters.")
    .trim()
    .normalize("NFKC")
    .min(1, "Enter your name.")
    .max(80, "Keep your name under 80 characters."),
  email: emailSchema,
  password: z
    .string({ message: "Choose a password." })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
});

export type CredentialsOutcome =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterSeconds?: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Unknown emails and wrong passwords take the same path, the same
 * time and give the same answer; repeated failures are slowed, then refused for a while.
 */
export async function verifyCredentials(
  client: PrismaClient,
  input: { email: string; password: string; ip: string },
): Promise<CredentialsOutcome> {
  const throttle = new SignInThrottle(client);
  const verdict = await throttle.check(input.email, input.ip);
  if (!verdict.allowed)
    return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };
  if (verdict.delayMs > 0) await sleep(verdict.delayMs);

  const user = await client.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, name: true, sessionVersion: true, passwordHash: true },
  });
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, input.password)
    : await burnVerificationTime(input.password);

  if (!user || !valid) {
    await throttle.recordFailure(input.email, input.ip);
    return { ok: false, reason: "invalid" };
  }
  await throttle.recordSuccess(input.email);
  const { passwordHash: _omit, ...safe } = user;
  return { ok: true, user: safe };
}
