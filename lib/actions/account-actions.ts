"use server";

import { headers } from "next/headers";
import { db } from "@/lib/db/client";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/client-ip";
import {
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  emailChangeTokenSchema,
  renameUserSchema,
} from "@/lib/account/account-schemas";
import { changePassword } from "@/lib/account/change-password";
import { confirmEmailChange, requestEmailChange } from "@/lib/account/change-email";
import { deleteAccount } from "@/lib/account/delete-account";
import { renameUser } from "@/lib/account/rename-user";
import { AppError } from "@/lib/errors";
import { mailDelivery } from "@/lib/mail/transport";
import { appOrigin } from "@/lib/server/app-origin";
import { getStorage } from "@/lib/storage";
import { log } from "@/lib/log/logger";
import { publicAction, userAction } from "./safe-action";

const ip = async () => clientIp(await headers());

export const renameUserAction = userAction(renameUserSchema, ({ name }, user) =>
  renameUser(db, { userId: user.id, name }),
);

export const changeEmailAction = userAction(changeEmailSchema, async ({ email, password }, user) =>
  requestEmailChange(db, {
    userId: user.id,
    email,
    password,
    ip: await ip(),
    origin: await appOrigin(),
    confirmByMail: mailDelivery() === "smtp",
  }),
);

/** Every other device is signed out; this browser is signed in again with the new password. */
export const changePasswordAction = userAction(changePasswordSchema, async ({ current, next }, user) => {
  const { email } = await changePassword(db, { userId: user.id, current, next, ip: await ip() });
  await signIn("credentials", { email, password: next, redirect: false });
  return { changed: true };
});

/** The account's end (delete-account.ts); the caller's browser then goes to the sign-in page. */
export const deleteAccountAction = userAction(
  deleteAccountSchema,
  async ({ confirmEmail, password }, user) => {
    const { storageKeys } = await deleteAccount(db, {
      userId: user.id,
      confirmEmail,
      password,
      ip: await ip(),
    });
    // After the commit: a file left behind costs storage, a row pointing nowhere would cost a page.
    const storage = getStorage();
    await Promise.all(
      storageKeys.map((key) =>
        storage
          .delete(key)
          .catch((err: unknown) => log.warn({ event: "storage.delete_failed", err, key }, "left a file")),
      ),
    );
    return { deleted: true };
  },
);

/** The link mailed to a new address: anyone holding it may use it, signed in or not. */
export const confirmEmailChangeAction = publicAction(emailChangeTokenSchema, async ({ token }) => {
  const outcome = await confirmEmailChange(db, token);
  if (outcome.ok) return { email: outcome.email };
  throw new AppError(
    outcome.reason === "taken" ? "conflict" : "not_found",
    outcome.reason === "taken"
      ? "That address now belongs to another account, so yours keeps its old one."
      : "This link has expired or was already used. Ask for a new one in Settings.",
  );
});
