import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStorage, isLocalDriver, type StorageDriver } from "@/lib/storage";
import { createTeamWorkspace } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { transferGenerations } from "./transfer-generations";

let t: TestDatabase;
let dir: string;
let storage: StorageDriver;
beforeAll(async () => {
  t = await openTestDatabase();
  dir = await mkdtemp(path.join(tmpdir(), "transfer-"));
  storage = createStorage({ driver: "local", dataDir: dir, secret: "transfer-test-secret-transfer-test" });
});
afterAll(async () => {
  await t.close();
  await rm(dir, { recursive: true, force: true });
});

const bytesOf = async (key: string) => {
  if (!isLocalDriver(storage)) throw new Error("local only");
  const file = await storage.read(key);
  if (!file) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of file.stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString();
};

const personalOf = (userId: string) =>
  t.db.workspace.findFirstOrThrow({ where: { personal: true, memberships: { some: { userId } } } });

/** A finished video with its file and poster in storage, in `workspaceId`. */
async function storedVideo(workspaceId: string, creatorId: string, prompt: string, extra = {}) {
  const id = `v${Math.random().toString(36).slice(2)}`;
  const storageKey = `videos/2026/12/${id
    .padEnd(32, "0")
    .slice(0, 32)
    .replace(/[^0-9a-f]/g, "a")}.mp4`;
  const posterKey = storageKey.replace("videos/", "posters/").replace(".mp4", ".webp");
  await storage.put(storageKey, Buffer.from(`video of ${prompt}`), { contentType: "video/mp4" });
  await storage.put(posterKey, Buffer.from(`poster of ${prompt}`), { contentType: "image/webp" });
  const g = await createGeneration(t.db, { workspaceId, creatorId, prompt, durationSec: 6, ...extra });
  await t.db.asset.create({
    data: {
      workspaceId,
      kind: "video",
      storageKey,
      posterKey,
      contentType: "video/mp4",
      sizeBytes: 20,
      checksum: "0".repeat(64),
      generationId: g.id,
    },
  });
  await t.db.generation.update({
    where: { id: g.id },
    data: { videoAsset: { connect: { generationId: g.id } } },
  });
  return g;
}

describe("moving and copying videos between workspaces", () => {
  it("moves a personal video and its remix into a team: files copied, lineage kept, counted, recorded in both", async () => {
    const team = await createTeamWorkspace(t.db, "Arrivals");
    const personal = await personalOf(team.member.userId);
    const parent = await storedVideo(personal.id, team.member.userId, "A kite over the sea");
    const remix = await storedVideo(personal.id, team.member.userId, "A kite over the sea, at dusk", {
      remixedFromId: parent.id,
    });
    const result = await transferGenerations({
      db: t.db,
      storage,
      userId: team.member.userId,
      from: { workspaceId: personal.id, role: "owner" },
      toWorkspaceId: team.workspaceId,
      ids: [remix.id, parent.id],
      mode: "move",
    });
    expect(result).toMatchObject({ mode: "move", workspaceId: team.workspaceId, workspaceName: "Arrivals" });

    const arrived = await t.db.generation.findMany({
      where: { workspaceId: team.workspaceId },
      include: { videoAsset: true },
      orderBy: { createdAt: "asc" },
    });
    expect(arrived.map((g) => [g.prompt, g.state, g.creatorId])).toEqual([
      ["A kite over the sea", "ready", team.member.userId],
      ["A kite over the sea, at dusk", "ready", team.member.userId],
    ]);
    // The remix points at its parent's copy, in the team.
    expect(arrived[1]!.remixedFromId).toBe(arrived[0]!.id);
    // The originals are in the personal studio's trash; their files and the copies' are apart.
    const originals = await t.db.generation.findMany({
      where: { id: { in: [parent.id, remix.id] } },
      include: { videoAsset: true },
    });
    expect(originals.every((g) => g.deletedAt !== null)).toBe(true);
    const copy = arrived[0]!.videoAsset!;
    const original = originals.find((g) => g.id === parent.id)!.videoAsset!;
    expect(copy.storageKey).not.toBe(original.storageKey);
    await storage.delete(original.storageKey);
    expect(await bytesOf(copy.storageKey)).toBe("video of A kite over the sea");
    expect(await bytesOf(copy.posterKey!)).toBe("poster of A kite over the sea");

    // Counted in the team as made there this month, by who brought them in.
    const usage = await t.db.usageEvent.findMany({
      where: { workspaceId: team.workspaceId, kind: "requested" },
    });
    expect(usage.map((u) => [u.userId, u.seconds])).toEqual([
      [team.member.userId, 6],
      [team.member.userId, 6],
    ]);
    const activity = async (workspaceId: string) =>
      (
        await t.db.activityEvent.findMany({ where: { workspaceId, action: { startsWith: "generation.mo" } } })
      ).map((a) => a.action);
    expect(await activity(team.workspaceId)).toEqual(["generation.moved_in", "generation.moved_in"]);
    expect(await activity(personal.id)).toEqual(["generation.moved_out", "generation.moved_out"]);
  });

  it("refuses what the caller may not move, what is unfinished, and what the target's quota has no room for — changing nothing", async () => {
    const team = await createTeamWorkspace(t.db, "Guarded");
    const mine = await storedVideo(team.workspaceId, team.member.userId, "Mine");
    const theirs = await storedVideo(team.workspaceId, team.owner.userId, "Theirs");
    const queued = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "queued",
    });
    const personal = await personalOf(team.member.userId);
    const base = {
      db: t.db,
      storage,
      userId: team.member.userId,
      from: { workspaceId: team.workspaceId, role: "member" as const },
      toWorkspaceId: personal.id,
    };
    await expect(transferGenerations({ ...base, ids: [mine.id, theirs.id], mode: "move" })).rejects.toThrow(
      /1 of these videos is someone else's: only its creator or an admin can move it \(you can copy it\)/,
    );
    await expect(transferGenerations({ ...base, ids: [mine.id, queued.id], mode: "copy" })).rejects.toThrow(
      /Only finished, saved videos can be copied: 1 of these is still in the queue/,
    );
    await expect(
      transferGenerations({
        ...base,
        from: { workspaceId: team.workspaceId, role: "viewer" },
        ids: [mine.id],
        mode: "copy",
      }),
    ).rejects.toThrow(/Viewers cannot/);
    await expect(
      transferGenerations({ ...base, toWorkspaceId: team.workspaceId, ids: [mine.id], mode: "copy" }),
    ).rejects.toThrow(/already here/);
    // A team whose month is nearly spent: 6 s left, two 6 s videos coming.
    const other = await createTeamWorkspace(t.db, "Capped");
    await t.db.membership.create({
      data: { userId: team.member.userId, workspaceId: other.workspaceId, role: "member" },
    });
    await t.db.workspace.update({ where: { id: other.workspaceId }, data: { monthlyQuotaSeconds: 6 } });
    await expect(
      transferGenerations({
        ...base,
        toWorkspaceId: other.workspaceId,
        ids: [mine.id, theirs.id],
        mode: "copy",
      }),
    ).rejects.toThrow(/These videos make 12 s; Capped has 6 s of this month's quota left/);

    expect(
      await t.db.generation.count({ where: { workspaceId: { in: [personal.id, other.workspaceId] } } }),
    ).toBe(0);
    expect(
      await t.db.generation.count({ where: { workspaceId: team.workspaceId, deletedAt: { not: null } } }),
    ).toBe(0);
    // No copied file left behind by the refused copy.
    expect(await t.db.asset.count({ where: { workspaceId: { in: [personal.id, other.workspaceId] } } })).toBe(
      0,
    );

    // A copy of someone else's video is fine, and leaves the original where it was.
    const copied = await transferGenerations({ ...base, ids: [theirs.id], mode: "copy" });
    expect(copied.ids).toHaveLength(1);
    expect(await t.db.generation.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({
      deletedAt: null,
    });
    expect(await t.db.generation.findUniqueOrThrow({ where: { id: copied.ids[0]! } })).toMatchObject({
      workspaceId: personal.id,
      creatorId: team.owner.userId,
      prompt: "Theirs",
    });
  });
});
