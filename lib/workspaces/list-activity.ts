import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";

export interface ActivityRow {
  id: string;
  action: string;
  actor: string | null;
  subject: string | null;
  detail: Record<string, unknown> | null;
  at: string;
}

/** The newest lines of a workspace's activity, for its admins. */
export async function listActivity(
  db: PrismaClient,
  workspaceId: string,
  take = 100,
): Promise<ActivityRow[]> {
  const rows = await db.activityEvent.findMany({
    where: { workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      action: true,
      subject: true,
      detail: true,
      createdAt: true,
      actor: { select: { name: true, email: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    action: r.action,
    actor: r.actor ? (r.actor.name ?? r.actor.email) : null,
    subject: r.subject,
    detail:
      r.detail && typeof r.detail === "object" && !Array.isArray(r.detail)
        ? (r.detail as Record<string, unknown>)
        : null,
    at: r.createdAt.toISOString(),
  }));
}
