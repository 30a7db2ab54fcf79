import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { applyEvent } from "./apply-event";

/**
 * Cancels a generation whose request has not left yet. Once it is being sent the provider may
 * accept it, and canceling would orphan a paid task: that is refused with the reason.
 */
export async function cancelGeneration(options: { db: PrismaClient; workspaceId: string; id: string }) {
  const { db, workspaceId, id } = options;
  const g = await db.generation.findFirst({ where: { id, workspaceId }, select: { id: true } });
  if (!g) throw new AppError("not_found", "No such generation in this workspace.");
  const result = await applyEvent(db, g.id, { type: "canceled", at: new Date() });
  if (!result.changed) {
    throw new AppError(
      "conflict",
      "It has already been sent to Grok, so it can no longer be canceled. If you do not want it, delete it once it arrives.",
    );
  }
  return { id: g.id };
}
