import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { Role } from "@/lib/auth/roles";

export interface MemberRow {
  userId: string;
  name: string | null;
  email: string;
  image: string | null;
  role: Role;
  monthlyQuotaSeconds: number | null;
  joinedAt: string;
}

const ORDER: Record<Role, number> = { owner: 0, admin: 1, member: 2, viewer: 3 };

/** A workspace's people: owners first, then by name. */
export async function listMembers(db: PrismaClient, workspaceId: string): Promise<MemberRow[]> {
  const rows = await db.membership.findMany({
    where: { workspaceId },
    select: {
      role: true,
      monthlyQuotaSeconds: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, image: true } },
    },
  });
  return rows
    .map((m) => ({
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      image: m.user.image,
      role: m.role,
      monthlyQuotaSeconds: m.monthlyQuotaSeconds,
      joinedAt: m.createdAt.toISOString(),
    }))
    .sort((a, b) => ORDER[a.role] - ORDER[b.role] || (a.name ?? a.email).localeCompare(b.name ?? b.email));
}
