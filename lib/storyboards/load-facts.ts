import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { MIRROR_ATTEMPTS } from "@/lib/jobs/queues";
import { isActive, type GenerationState } from "@/lib/generations/state-machine";
import type { ShotFacts, TakeFacts } from "./shot-status";

/** What a take's row needs to say where it stands (see `takePhase`). */
export const takeSelect = {
  id: true,
  state: true,
  createdAt: true,
  deletedAt: true,
  mirrorAttempts: true,
} as const;

type TakeRow = {
  id: string;
  state: GenerationState;
  createdAt: Date;
  deletedAt: Date | null;
  mirrorAttempts: number;
};

/** Ready once stored; a finished video still being copied is on its way; a copy given up on failed. */
export function takePhase(row: Pick<TakeRow, "state" | "mirrorAttempts">): TakeFacts["phase"] {
  if (row.state === "ready") return "ready";
  if (isActive(row.state)) return "active";
  if (row.state === "succeeded" && row.mirrorAttempts < MIRROR_ATTEMPTS) return "active";
  return "failed";
}

export const takeFacts = (row: TakeRow): TakeFacts => ({
  id: row.id,
  phase: takePhase(row),
  createdAt: row.createdAt,
  deleted: row.deletedAt !== null,
});

/** A storyboard of the workspace with its shots in order and every take of each; null when none. */
export async function loadStoryboard(db: PrismaClient, where: { id: string; workspaceId?: string }) {
  return db.storyboard.findFirst({
    where: { ...where, deletedAt: null },
    include: {
      shots: {
        orderBy: { position: "asc" },
        include: { takes: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: takeSelect } },
      },
    },
  });
}
export type LoadedStoryboard = NonNullable<Awaited<ReturnType<typeof loadStoryboard>>>;

export const shotFacts = (shot: LoadedStoryboard["shots"][number]): ShotFacts => ({
  id: shot.id,
  continues: shot.continues,
  chosenTakeId: shot.chosenTakeId,
  startFromTakeId: shot.startFromTakeId,
  takes: shot.takes.map(takeFacts),
});
