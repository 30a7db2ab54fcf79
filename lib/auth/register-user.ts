import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";
import { createPersonalWorkspace } from "@/lib/workspaces/create-personal-workspace";
import { hashPassword } from "./password";

/**
 * Creates a user with a password and their personal workspace in one transaction: either both
 * exist afterwards or neither does. `verified` says the mailbox is already proven (an invite
 * reached it); otherwise the address stays unconfirmed until a confirmation link is used.
 */
export async function registerUser(
  client: PrismaClient,
  input: { name: string; email: string; password: string },
  options: { verified?: boolean } = {},
) {
  // Hash first, outside the transaction: it is the slow part and needs no lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await client.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: {
          name: input.name,
          email: input.email,
          passwordHash,
          emailVerified: options.verified ? new Date() : null,
        },
        select: { id: true, name: true, email: true, sessionVersion: true },
      });
      const workspace = await createPersonalWorkspace(tx, user);
      return { user, workspace };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.");
    }
    throw error;
  }
}
