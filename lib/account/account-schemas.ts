import "server-only";
import { z } from "@/lib/validation/zod";
import { emailSchema, newPasswordSchema, signUpSchema } from "@/lib/auth/credentials";
import { PASSWORD_MAX } from "@/lib/auth/password";
import { ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";

/**
 * What the account section of Settings sends. The current password is asked before anything that
 * could take the account over or end it (a session left open on a shared computer is not enough);
 * an account made through GitHub or Google has none, and is asked for none.
 */
const currentPassword = z
  .string({ message: "Enter your current password." })
  .max(PASSWORD_MAX, "That is not your current password.")
  .optional();

export const renameUserSchema = z.object({ name: signUpSchema.shape.name });

export const changeEmailSchema = z.object({ email: emailSchema, password: currentPassword });

export const changePasswordSchema = z.object({ current: currentPassword, next: newPasswordSchema });

export const deleteAccountSchema = z.object({
  confirmEmail: z.string({ message: "Type your email address to confirm." }).trim().toLowerCase().max(254),
  password: currentPassword,
});

const LINK_UNUSABLE = "This link has expired or was already used. Ask for a new one in Settings.";
export const emailChangeTokenSchema = z.object({
  token: z.string({ message: LINK_UNUSABLE }).regex(ONE_TIME_TOKEN_PATTERN, LINK_UNUSABLE),
});
