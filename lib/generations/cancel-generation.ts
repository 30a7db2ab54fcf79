import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors";
import { canTouchGeneration } from "@/lib/workspaces/permissions";
import { applyEvent } from "./apply-event";

/**
 * Cancels a generation whose request has not left yet: one's own, or anyone's for admins. Once
 * it is being sent the provider may accept it, and canceling would orphan a paid task: that is
 * refused with the reason.
 */
export async function cancelGeneration(options: {
  db: PrismaClient;
  workspaceId: string;
  id: string;
  userId: string;
  role: Role;
}) {
  const { db, workspaceId, id } = options;
  const g = await db.generation.findFirst({
    where: { id, workspaceId },
    select: { id: true, creatorId: true },
  });
  if (!g) throw new AppError("not_found", "No such generation in this workspace.");
  if (!canTouchGeneration(options, g.creatorId, "cancel"))
    throw new AppError("forbidden", "Only its creator or a workspace admin can cancel this video.");
  const result = await applyEvent(db, g.id, { type: "canceled", at: new Date() });
  if (!result.changed) {
    throw new AppError(
      "conflict",
      "It has already been sent to Grok, so it can no longer be canceled. If you do not want it, delete it once it arrives.",
    );
  }
  return { id: g.id };
}
