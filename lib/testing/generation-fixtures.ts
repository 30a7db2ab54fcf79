import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/db/generated/client";
import { createUser } from "@/lib/testing/factories";

/** A team workspace with one user per role, plus an outsider with a workspace of their own. */
export async function createTeam(db: PrismaClient) {
  const owner = await createUser(db, { name: "Owner" });
  const workspaceId = owner.workspace.id;
  const join = async (name: string, role: "admin" | "member" | "viewer") => {
    const { user } = await createUser(db, { name });
    await db.membership.create({ data: { userId: user.id, workspaceId, role } });
    return { userId: user.id, role } as const;
  };
  return {
    workspaceId,
    owner: { userId: owner.user.id, role: "owner" } as const,
    admin: await join("Admin", "admin"),
    member: await join("Member", "member"),
    otherMember: await join("Other member", "member"),
    viewer: await join("Viewer", "viewer"),
    outsider: await createUser(db, { name: "Outsider" }),
  };
}

export function createGeneration(
  db: PrismaClient,
  data: { workspaceId: string; creatorId: string } & Partial<Prisma.GenerationUncheckedCreateInput>,
) {
  return db.generation.create({
    data: {
      idempotencyKey: randomUUID(),
      prompt: "A lighthouse in a storm",
      model: "grok-imagine-video",
      aspectRatio: "16:9",
      resolution: "480p",
      durationSec: 6,
      state: "ready",
      ...data,
    },
  });
}

export const snapshot = (db: PrismaClient, id: string) =>
  db.generation.findUniqueOrThrow({
    where: { id },
    select: { favorite: true, deletedAt: true, updatedAt: true },
  });
