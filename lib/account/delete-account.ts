import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { dropMembership, lockMemberships } from "@/lib/workspaces/membership-locks";
import { recordActivity } from "@/lib/workspaces/record-activity";
import { assertCurrentPassword } from "./current-password";
import { deletionPlan } from "./deletion-plan";

/** The name the videos and comments left in teams show once their author has gone. */
export const DELETED_ACCOUNT_NAME = "Deleted account";

/**
 * Deletes an account as its plan says (deletion-plan.ts), in one transaction: the workspaces that
 * go are deleted; the person leaves the teams that stay (their share links stop); the user row is
 * emptied of everything personal but kept, so what they left in teams keeps an author and the
 * teams' usage keeps its history. Every session ends. Returns the storage keys to remove after.
 */
export async function deleteAccount(
  db: PrismaClient,
  input: { userId: string; confirmEmail: string; password: string | undefined; ip: string },
): Promise<{ storageKeys: string[] }> {
  const user = await assertCurrentPassword(db, {
    userId: input.userId,
    password: input.password,
    ip: input.ip,
  });
  if (input.confirmEmail !== user.email)
    throw new AppError("bad_request", `Type your email address, ${user.email}, to confirm.`);

  return db.$transaction(async (tx) => {
    const teams = await tx.membership.findMany({
      where: { userId: input.userId },
      select: { workspaceId: true },
    });
    // In a stable order, so two deletions in one team cannot wait on each other's lock.
    for (const { workspaceId } of teams.sort((a, b) => a.workspaceId.localeCompare(b.workspaceId)))
      await lockMemberships(tx, workspaceId);
    const plan = await deletionPlan(tx, input.userId);
    if (plan.handOverFirst.length > 0) {
      const names = plan.handOverFirst.map((w) => `“${w.name}”`).join(", ");
      throw new AppError(
        "conflict",
        `You are the last owner of ${names}: make someone else owner there (Settings), or delete it, first.`,
      );
    }
    if (plan.running > 0)
      throw new AppError(
        "conflict",
        `${plan.running} of the videos that would be deleted ${plan.running === 1 ? "is" : "are"} still being made. Wait for them, then delete your account.`,
      );

    const goes = plan.deleted.map((w) => w.id);
    const assets = await tx.asset.findMany({
      where: { workspaceId: { in: goes } },
      select: { storageKey: true, posterKey: true, posterSmallKey: true },
    });
    for (const { id } of plan.kept) {
      await dropMembership(tx, { workspaceId: id, userId: input.userId });
      await recordActivity(tx, { workspaceId: id, actorId: input.userId, action: "member.left" });
    }
    await tx.workspace.deleteMany({ where: { id: { in: goes } } });
    await Promise.all([
      tx.account.deleteMany({ where: { userId: input.userId } }),
      tx.session.deleteMany({ where: { userId: input.userId } }),
      tx.passwordResetToken.deleteMany({ where: { userId: input.userId } }),
      tx.notification.deleteMany({ where: { userId: input.userId } }),
      tx.createDraft.deleteMany({ where: { userId: input.userId } }),
      tx.verificationToken.deleteMany({
        where: {
          OR: [
            { identifier: { startsWith: `change-email:${input.userId}:` } },
            { identifier: `confirm-email:${user.email}` },
          ],
        },
      }),
    ]);
    await tx.user.update({
      where: { id: input.userId },
      data: {
        name: DELETED_ACCOUNT_NAME,
        // Unique and undeliverable (.invalid is reserved): the address is free for a new account.
        email: `deleted-${input.userId}@deleted.invalid`,
        emailVerified: null,
        image: null,
        passwordHash: null,
        activeWorkspaceId: null,
        mailKinds: [],
        sessionVersion: { increment: 1 },
        deletedAt: new Date(),
      },
    });
    return {
      storageKeys: assets.flatMap((a) =>
        [a.storageKey, a.posterKey, a.posterSmallKey].filter((k) => k !== null),
      ),
    };
  });
}
