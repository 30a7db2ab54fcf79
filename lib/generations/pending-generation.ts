import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { GenerationState } from "./state-machine";

/** What a look at a pending generation needs to know about it. */
export interface PendingGeneration {
  id: string;
  workspaceId: string;
  state: GenerationState;
  taskId: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  sendStartedAt: Date | null;
  sentRequest: Record<string, unknown> | null;
  taskMissingSince: Date | null;
  pollAttempts: number;
  nextPollAt: Date | null;
  mirrorAttempts: number;
  providerVideoUrl: string | null;
}

export async function loadPending(db: PrismaClient, ids: string[]): Promise<PendingGeneration[]> {
  if (ids.length === 0) return [];
  const rows = await db.generation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      workspaceId: true,
      state: true,
      taskId: true,
      createdAt: true,
      submittedAt: true,
      sendStartedAt: true,
      sentRequest: true,
      taskMissingSince: true,
      pollAttempts: true,
      nextPollAt: true,
      mirrorAttempts: true,
      providerVideoUrl: true,
    },
  });
  return rows.map((r) => ({ ...r, sentRequest: (r.sentRequest as Record<string, unknown> | null) ?? null }));
}
