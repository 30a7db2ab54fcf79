import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGeneration, createTeam } from "@/lib/testing/generation-fixtures";
import { startLifecycleHarness } from "@/lib/testing/lifecycle-harness";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { advanceRun } from "./advance-run";
import { createStoryboard, storyboardFromVideo } from "./create-storyboard";
import { chooseTake, reorderShots } from "./edit-storyboard";
import { newTake, startRun } from "./run-storyboard";
import type { StoryboardJobs } from "./storyboard-jobs";

/**
 * Storyboards against a real database and the upstream simulator over HTTP: what a script makes,
 * what a run checks before it starts, and that a run's looks send each shot once however many run.
 * The whole chain (frames, kill -9, the film) is e2e/storyboards/storyboard.spec.ts.
 */
let t: TestDatabase;
let h: Awaited<ReturnType<typeof startLifecycleHarness>>;
let team: Awaited<ReturnType<typeof createTeam>>;
beforeAll(async () => {
  t = await openTestDatabase();
  h = await startLifecycleHarness(t.db, { taskDurationMs: 60_000 });
  team = await createTeam(t.db);
});
afterAll(async () => {
  await h.close();
  await t.close();
});

const frame = { model: "grok-imagine-video", aspectRatio: "16:9", resolution: "480p" } as const;
const scope = () => ({ db: t.db, workspaceId: team.workspaceId, userId: team.member.userId });
/** The job engine's side, recorded: which looks were booked. */
const recordedJobs = () => {
  const looks: string[] = [];
  const jobs: StoryboardJobs = {
    advance: async (id) => void looks.push(id),
    buildFilm: async () => undefined,
  };
  return { looks, jobs };
};
const shotsOf = (id: string) =>
  t.db.shot.findMany({ where: { storyboardId: id }, orderBy: { position: "asc" } });

describe("making a storyboard", () => {
  it("makes one shot per paragraph of a script, the later ones continuing, in the model's length", async () => {
    const { id } = await createStoryboard(scope(), {
      title: "Tides",
      frame,
      script: "A wave rises\nover the rocks.\n\n\n  It breaks.  \n\nFoam settles.",
    });
    expect((await shotsOf(id)).map((s) => [s.position, s.prompt, s.continues, s.durationSec])).toEqual([
      [0, "A wave rises over the rocks.", false, 6],
      [1, "It breaks.", true, 6],
      [2, "Foam settles.", true, 6],
    ]);
  });

  it("reorders only with every shot named once; the new first shot continues from nothing, the others keep their switch", async () => {
    const { id } = await createStoryboard(scope(), { title: "Order", frame, script: "One\n\nTwo\n\nThree" });
    const [a, b, c] = await shotsOf(id);
    const deps = { db: t.db, workspaceId: team.workspaceId };
    await expect(reorderShots(deps, { storyboardId: id, shotIds: [b!.id, a!.id] })).rejects.toThrow(
      /changed/,
    );
    await reorderShots(deps, { storyboardId: id, shotIds: [b!.id, c!.id, a!.id] });
    expect((await shotsOf(id)).map((s) => [s.prompt, s.continues])).toEqual([
      ["Two", false],
      ["Three", true],
      ["One", false],
    ]);
  });

  it("continues a finished video: the video is shot 1's take, shot 2 continues; a video goes into one storyboard only", async () => {
    const video = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
    });
    const { id } = await storyboardFromVideo(scope(), video.id);
    const [first, second] = await shotsOf(id);
    expect(first!.chosenTakeId).toBe(video.id);
    expect(second!.continues).toBe(true);
    expect((await t.db.generation.findUniqueOrThrow({ where: { id: video.id } })).shotId).toBe(first!.id);
    await expect(storyboardFromVideo(scope(), video.id)).rejects.toThrow(/already a shot/);
    // A take is chosen among the shot's own ready takes only.
    const stranger = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.owner.userId,
    });
    await expect(
      chooseTake({ db: t.db, workspaceId: team.workspaceId }, { shotId: first!.id, takeId: stranger.id }),
    ).rejects.toThrow(/not one of this shot's/);
  });
});

describe("running a storyboard", () => {
  it("refuses, in words, a run with an empty shot or over the quota, and starts nothing", async () => {
    const { jobs, looks } = recordedJobs();
    const { id } = await createStoryboard(scope(), { title: "Empty", frame, script: "" });
    await expect(
      startRun({ db: t.db, storyboardJobs: jobs }, { ...scope(), storyboardId: id }),
    ).rejects.toThrow("Shot 1 has no prompt yet.");
    const long = await createStoryboard(scope(), { title: "Long", frame, script: "A\n\nB\n\nC" });
    await t.db.membership.update({
      where: { userId_workspaceId: { userId: team.member.userId, workspaceId: team.workspaceId } },
      data: { monthlyQuotaSeconds: 10 },
    });
    try {
      await expect(
        startRun({ db: t.db, storyboardJobs: jobs }, { ...scope(), storyboardId: long.id }),
      ).rejects.toThrow(/quota/i);
    } finally {
      await t.db.membership.update({
        where: { userId_workspaceId: { userId: team.member.userId, workspaceId: team.workspaceId } },
        data: { monthlyQuotaSeconds: null },
      });
    }
    expect(looks).toEqual([]);
    const rows = await t.db.storyboard.findMany({ where: { id: { in: [id, long.id] } } });
    expect(rows.map((r) => r.runState)).toEqual(["idle", "idle"]);
  });

  it("sends every independent shot once however many looks run at once, and waits for the continued ones", async () => {
    const { jobs, looks } = recordedJobs();
    const tag = Math.random().toString(36).slice(2, 8);
    const { id } = await createStoryboard(scope(), {
      title: "Once",
      frame,
      script: `Harbour ${tag}\n\nGulls ${tag}\n\nBoats ${tag}`,
    });
    const [, gulls, boats] = await shotsOf(id);
    // Shot 3 stands alone; shot 2 continues from shot 1, which is not ready for a minute.
    await t.db.shot.update({ where: { id: boats!.id }, data: { continues: false } });
    expect(await startRun({ db: t.db, storyboardJobs: jobs }, { ...scope(), storyboardId: id })).toEqual({
      shots: 3,
      seconds: 18,
    });
    const deps = { ...h.deps(), storage: undefined as never, storyboardJobs: jobs };
    await Promise.all([advanceRun(deps, id), advanceRun(deps, id), advanceRun(deps, id)]);
    await advanceRun(deps, id);
    expect([
      h.submitsFor(`Harbour ${tag}`),
      h.submitsFor(`Gulls ${tag}`),
      h.submitsFor(`Boats ${tag}`),
    ]).toEqual([1, 0, 1]);
    expect(await t.db.generation.count({ where: { shotId: { in: [gulls!.id] } } })).toBe(0);
    // Still running: each look books the next one.
    expect((await t.db.storyboard.findUniqueOrThrow({ where: { id } })).runState).toBe("running");
    expect(looks.filter((l) => l === id).length).toBeGreaterThanOrEqual(4);
  });

  it("asks for ×2 takes of a shot at once; the same press again sends nothing more", async () => {
    const tag = Math.random().toString(36).slice(2, 8);
    const { id } = await createStoryboard(scope(), { title: "Takes", frame, script: `Lanterns ${tag}` });
    const [shot] = await shotsOf(id);
    const press = {
      ...scope(),
      storyboardId: id,
      shotId: shot!.id,
      idempotencyKey: crypto.randomUUID(),
      count: 2 as const,
    };
    const deps = { ...h.deps(), storage: undefined as never };
    const first = await newTake(deps, press);
    const again = await newTake(deps, press);
    expect(first.generationIds).toHaveLength(2);
    expect(again.generationIds).toEqual(first.generationIds);
    expect(h.submitsFor(`Lanterns ${tag}`)).toBe(2);
    expect(await t.db.generation.count({ where: { shotId: shot!.id } })).toBe(2);
  });
});
