import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { StoryboardJobs } from "./storyboard-jobs";

/**
 * Part of the `recover` job (every minute, and when workers start): a running storyboard or a film
 * being built whose job was lost with a killed process gets a new one. Asking twice is harmless:
 * one look waits per storyboard, and a look changes nothing a first one did.
 */
export async function recoverStoryboards(deps: { db: PrismaClient; storyboardJobs: StoryboardJobs }) {
  const boards = await deps.db.storyboard.findMany({
    where: { deletedAt: null, OR: [{ runState: "running" }, { filmState: "building" }] },
    select: { id: true, runState: true, filmState: true },
    take: 500,
  });
  for (const board of boards) {
    if (board.runState === "running") await deps.storyboardJobs.advance(board.id);
    if (board.filmState === "building") await deps.storyboardJobs.buildFilm(board.id);
  }
}
