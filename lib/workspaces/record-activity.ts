import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

export type ActivityAction =
  | "generation.created"
  | "generation.deleted"
  | "generation.picked"
  | "generation.moved_in"
  | "generation.moved_out"
  | "generation.copied_in"
  | "generation.copied_out"
  | "comment.created"
  | "comment.edited"
  | "comment.deleted"
  | "comment.resolved"
  | "comment.reopened"
  | "review.status_changed"
  | "workspace.created"
  | "workspace.renamed"
  | "workspace.rules_changed"
  | "workspace.ownership_transferred"
  | "member.joined"
  | "member.left"
  | "member.removed"
  | "member.role_changed"
  | "invite.created"
  | "invite.resent"
  | "invite.revoked"
  | "quota.member_set"
  | "quota.workspace_set"
  | "quota.budget_set"
  | "quota.member_budget_set"
  | "prices.set"
  | "share.created"
  | "share.revoked";

/** Writes one line of a workspace's activity. Call inside the transaction of the change it records. */
export async function recordActivity(
  tx: Prisma.TransactionClient,
  input: {
    workspaceId: string;
    actorId: string | null;
    action: ActivityAction;
    subject?: string | null;
    detail?: Prisma.InputJsonObject;
  },
): Promise<void> {
  await tx.activityEvent.create({
    data: {
      workspaceId: input.workspaceId,
      actorId: input.actorId,
      action: input.action,
      subject: input.subject?.slice(0, 200) ?? null,
      ...(input.detail ? { detail: input.detail } : {}),
    },
  });
}
