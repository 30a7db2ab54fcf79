import "server-only";
import { z } from "@/lib/validation/zod";
import { emailSchema, newPasswordSchema } from "./credentials";
import { ONE_TIME_TOKEN_PATTERN } from "./one-time-token";

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z
  .object({
    token: z
      .string({ message: "This reset link is not valid. Ask for a new one." })
      .regex(ONE_TIME_TOKEN_PATTERN, "This reset link is not valid. Ask for a new one."),
    password: newPasswordSchema,
    confirm: z.string({ message: "Type the new password again." }).min(1, "Type the new password again."),
  })
  .refine((input) => input.password === input.confirm, {
    path: ["confirm"],
    message: "The two passwords do not match.",
  });
