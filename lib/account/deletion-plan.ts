import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { ACTIVE_STATES } from "@/lib/generations/state-machine";

export interface WorkspaceLine {
  id: string;
  name: string;
  personal: boolean;
  /** Videos of the workspace that go with it (deleted) or stay in it (kept) made by this person. */
  videos: number;
}

/**
 * What deleting an account does, shown before the person confirms and enforced when they do:
 * - the personal studio and every team they are alone in go, with all their videos;
 * - the teams they share stay, with the videos they made there, credited to "Deleted account";
 * - a team they are the last owner of, with others in it, must be handed over first;
 * - nothing goes while one of the videos that would go is still being made (its task is paid for).
 */
export interface DeletionPlan {
  deleted: WorkspaceLine[];
  kept: WorkspaceLine[];
  handOverFirst: { id: string; name: string }[];
  running: number;
}

export async function deletionPlan(db: Prisma.TransactionClient, userId: string): Promise<DeletionPlan> {
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { workspace: { createdAt: "asc" } },
    select: {
      role: true,
      workspace: {
        select: {
          id: true,
          name: true,
          personal: true,
          memberships: { where: { userId: { not: userId } }, select: { role: true } },
        },
      },
    },
  });
  const plan: DeletionPlan = { deleted: [], kept: [], handOverFirst: [], running: 0 };
  const goes: string[] = [];
  for (const { role, workspace } of memberships) {
    const others = workspace.memberships;
    if (workspace.personal || others.length === 0) {
      goes.push(workspace.id);
      plan.deleted.push({ id: workspace.id, name: workspace.name, personal: workspace.personal, videos: 0 });
    } else if (role === "owner" && !others.some((m) => m.role === "owner")) {
      plan.handOverFirst.push({ id: workspace.id, name: workspace.name });
    } else plan.kept.push({ id: workspace.id, name: workspace.name, personal: false, videos: 0 });
  }
  const [inDeleted, mineInKept, running] = await Promise.all([
    db.generation.groupBy({
      by: ["workspaceId"],
      where: { workspaceId: { in: goes }, deletedAt: null },
      _count: { _all: true },
    }),
    db.generation.groupBy({
      by: ["workspaceId"],
      where: { workspaceId: { in: plan.kept.map((w) => w.id) }, creatorId: userId, deletedAt: null },
      _count: { _all: true },
    }),
    db.generation.count({ where: { workspaceId: { in: goes }, state: { in: [...ACTIVE_STATES] } } }),
  ]);
  const counts = new Map([...inDeleted, ...mineInKept].map((g) => [g.workspaceId, g._count._all]));
  for (const line of [...plan.deleted, ...plan.kept]) line.videos = counts.get(line.id) ?? 0;
  plan.running = running;
  return plan;
}
