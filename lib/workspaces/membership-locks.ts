import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";

/**
 * Locks a workspace's memberships for the rest of the transaction, so two owners demoting or
 * removing each other at once cannot leave a workspace with none.
 */
export async function lockMemberships(tx: Prisma.TransactionClient, workspaceId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`members:${workspaceId}`}))`;
}

/** Refuses a change that would leave the workspace without an owner. Call after `lockMemberships`. */
export async function assertAnotherOwner(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string },
  message: string,
): Promise<void> {
  const others = await tx.membership.count({
    where: { workspaceId: input.workspaceId, role: "owner", userId: { not: input.userId } },
  });
  if (others === 0) throw new AppError("conflict", message);
}

/**
 * Takes someone out of a workspace (leaving or removed). What they made stays, credited to
 * them; if it was the workspace they had open, they open their personal studio next time.
 */
export async function dropMembership(
  tx: Prisma.TransactionClient,
  input: { workspaceId: string; userId: string },
  now = new Date(),
): Promise<{ linksTurnedOff: number }> {
  await tx.membership.delete({
    where: { userId_workspaceId: { userId: input.userId, workspaceId: input.workspaceId } },
  });
  // Access ends with membership: the links they made stop serving at once (admins see them listed
  // on the Share links page and can make any again under their own name).
  const { count } = await tx.shareLink.updateMany({
    where: { workspaceId: input.workspaceId, createdById: input.userId, revokedAt: null },
    data: { revokedAt: now, revokedReason: "maker-left" },
  });
  await tx.user.updateMany({
    where: { id: input.userId, activeWorkspaceId: input.workspaceId },
    data: { activeWorkspaceId: null },
  });
  return { linksTurnedOff: count };
}
