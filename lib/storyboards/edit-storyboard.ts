import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors";
import { getModel } from "@/lib/grok/catalog";
import { fittingSeconds, type Owner } from "./create-storyboard";
import { SHOTS_MAX, type StoryboardFrame } from "./storyboard-schemas";

type Deps = Omit<Owner, "userId">;

const NOT_FOUND = "That storyboard is not in this workspace.";

/** The storyboard (not deleted) of this workspace, or a not_found that leaks nothing. */
export async function findBoard(deps: Deps, storyboardId: string) {
  const board = await deps.db.storyboard.findFirst({
    where: { id: storyboardId, workspaceId: deps.workspaceId, deletedAt: null },
    select: { id: true, model: true, runState: true },
  });
  if (!board) throw new AppError("not_found", NOT_FOUND);
  return board;
}

/** A shot of a storyboard of this workspace. */
async function findShot(deps: Deps, shotId: string) {
  const shot = await deps.db.shot.findFirst({
    where: { id: shotId, storyboard: { workspaceId: deps.workspaceId, deletedAt: null } },
    select: { id: true, storyboardId: true, position: true },
  });
  if (!shot) throw new AppError("not_found", "That shot is not in this workspace.");
  return shot;
}

export async function updateStoryboard(
  deps: Deps,
  input: { storyboardId: string; title?: string; frame?: StoryboardFrame; crossfade?: boolean },
): Promise<void> {
  await findBoard(deps, input.storyboardId);
  await deps.db.storyboard.update({
    where: { id: input.storyboardId },
    data: {
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.frame ?? {}),
      ...(input.crossfade !== undefined ? { filmCrossfade: input.crossfade } : {}),
    },
  });
}

export async function addShot(deps: Deps, storyboardId: string): Promise<{ id: string }> {
  const board = await findBoard(deps, storyboardId);
  return deps.db.$transaction(async (tx) => {
    const count = await tx.shot.count({ where: { storyboardId } });
    if (count >= SHOTS_MAX)
      throw new AppError("bad_request", `A storyboard holds at most ${SHOTS_MAX} shots.`);
    const shot = await tx.shot.create({
      data: {
        storyboardId,
        position: count,
        prompt: "",
        durationSec: fittingSeconds(board.model),
        continues: count > 0,
      },
      select: { id: true },
    });
    await tx.storyboard.update({ where: { id: storyboardId }, data: { updatedAt: new Date() } });
    return shot;
  });
}

export async function updateShot(
  deps: Deps,
  input: { shotId: string; prompt?: string; durationSec?: number; continues?: boolean },
): Promise<void> {
  const shot = await findShot(deps, input.shotId);
  const board = await findBoard(deps, shot.storyboardId);
  if (input.durationSec !== undefined) {
    const limits = getModel(board.model)?.durations;
    if (limits && (input.durationSec < limits.min || input.durationSec > limits.max))
      throw new AppError(
        "bad_request",
        `This storyboard's model makes shots of ${limits.min}–${limits.max} seconds.`,
      );
  }
  if (input.continues && shot.position === 0)
    throw new AppError("bad_request", "The first shot has no shot before it to continue from.");
  await deps.db.shot.update({
    where: { id: shot.id },
    data: {
      ...(input.prompt !== undefined ? { prompt: input.prompt } : {}),
      ...(input.durationSec !== undefined ? { durationSec: input.durationSec } : {}),
      ...(input.continues !== undefined ? { continues: input.continues } : {}),
    },
  });
}

/** Removes a shot; its takes stay in the gallery. The rest close up. */
export async function removeShot(deps: Deps, shotId: string): Promise<void> {
  const shot = await findShot(deps, shotId);
  await deps.db.$transaction(async (tx) => {
    await tx.shot.delete({ where: { id: shot.id } });
    const rest = await tx.shot.findMany({
      where: { storyboardId: shot.storyboardId },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    await renumber(
      tx,
      rest.map((s) => s.id),
    );
  });
}

/** The shots in a new order: every shot of the storyboard named once. */
export async function reorderShots(
  deps: Deps,
  input: { storyboardId: string; shotIds: string[] },
): Promise<void> {
  await findBoard(deps, input.storyboardId);
  await deps.db.$transaction(async (tx) => {
    const shots = await tx.shot.findMany({
      where: { storyboardId: input.storyboardId },
      select: { id: true },
    });
    const known = new Set(shots.map((s) => s.id));
    if (
      input.shotIds.length !== known.size ||
      new Set(input.shotIds).size !== known.size ||
      !input.shotIds.every((id) => known.has(id))
    )
      throw new AppError("conflict", "The shots changed meanwhile. Reload the storyboard and try again.");
    await renumber(tx, input.shotIds);
  });
}

async function renumber(tx: Prisma.TransactionClient, ids: string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await tx.shot.update({
      where: { id },
      // The first shot has nothing to continue from.
      data: position === 0 ? { position, continues: false } : { position },
    });
  }
}

/** The take the film uses for a shot: one of its own ready takes. */
/** Says whether the storyboard has (or is making) a film, which the new take makes out of date. */
export async function chooseTake(
  deps: Deps,
  input: { shotId: string; takeId: string },
): Promise<{ storyboardId: string; filmed: boolean }> {
  const shot = await findShot(deps, input.shotId);
  const take = await deps.db.generation.findFirst({
    where: { id: input.takeId, shotId: shot.id, workspaceId: deps.workspaceId, deletedAt: null },
    select: { state: true },
  });
  if (!take) throw new AppError("not_found", "That take is not one of this shot's.");
  if (take.state !== "ready")
    throw new AppError("conflict", "Only a finished, saved take can be used in the film.");
  const { storyboard } = await deps.db.shot.update({
    where: { id: shot.id },
    data: { chosenTakeId: input.takeId },
    select: { storyboard: { select: { filmState: true } } },
  });
  return { storyboardId: shot.storyboardId, filmed: storyboard.filmState !== "none" };
}

/** Removes the storyboard; its takes stay in the gallery as ordinary videos. */
export async function deleteStoryboard(deps: Deps, storyboardId: string): Promise<void> {
  await findBoard(deps, storyboardId);
  await deps.db.storyboard.update({
    where: { id: storyboardId },
    data: { deletedAt: new Date(), runState: "idle" },
  });
}
