import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { recordActivity } from "./record-activity";
import type { WorkspaceRulesInput } from "./workspace-rules";

/**
 * Sets what a team's admins decide for everyone in it (the guard has checked `workspace.rules`):
 * the per-minute pace of each member's submits (lib/generations/limits.ts) and the lowest role
 * that may make share links. Recorded in the activity with what it was before.
 */
export async function setWorkspaceRules(
  db: PrismaClient,
  input: { workspaceId: string; actorId: string; rules: WorkspaceRulesInput },
) {
  return db.$transaction(async (tx) => {
    const before = await tx.workspace.findUniqueOrThrow({
      where: { id: input.workspaceId },
      select: { submitsPerMinute: true, publicLinksMinRole: true },
    });
    const after = await tx.workspace.update({
      where: { id: input.workspaceId },
      data: input.rules,
      select: { submitsPerMinute: true, publicLinksMinRole: true },
    });
    await recordActivity(tx, {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: "workspace.rules_changed",
      subject: null,
      detail: { before, after },
    });
    return after;
  });
}
