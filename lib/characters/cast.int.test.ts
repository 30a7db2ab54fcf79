import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { settings } from "@/lib/testing/lifecycle-harness";
import { createTeam } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { applyCast } from "./apply-cast";
import { removeCharacter, saveCharacter } from "./manage-cast";

let t: TestDatabase;
let team: Awaited<ReturnType<typeof createTeam>>;
let images: string[];
beforeAll(async () => {
  t = await openTestDatabase();
  team = await createTeam(t.db);
  images = await Promise.all(
    [1, 2, 3, 4, 5].map(async (n) => {
      const asset = await t.db.asset.create({
        data: {
          workspaceId: team.workspaceId,
          kind: "image",
          storageKey: `uploads/cast-${n}-${team.workspaceId}.png`,
          contentType: "image/png",
          sizeBytes: 10,
          checksum: "0".repeat(64),
        },
      });
      return asset.id;
    }),
  );
});
afterAll(() => t.close());

const scope = () => ({ db: t.db, workspaceId: team.workspaceId, userId: team.member.userId });

describe("the cast", () => {
  it("attaches a mentioned character's pictures (each once, after the chosen ones) and says who they are once", async () => {
    const mara = await saveCharacter(scope(), {
      name: "Mara",
      description: "a tall keeper with a red scarf",
      imageIds: [images[0]!, images[1]!],
    });
    const asked = settings({
      prompt: "@mara climbs the stairs; @Nobody waits",
      referenceImageIds: [images[1]!],
    });
    const cast = await applyCast(t.db, team.workspaceId, asked);
    expect(cast.characterIds).toEqual([mara.id]);
    expect(cast.settings.referenceImageIds).toEqual([images[1], images[0]]);
    expect(cast.settings.prompt).toBe(
      "@mara climbs the stairs; @Nobody waits\n\n@Mara: a tall keeper with a red scarf",
    );
    // A remix of what was sent names the character again, and the description is not said twice.
    const again = await applyCast(t.db, team.workspaceId, { ...asked, prompt: cast.settings.prompt });
    expect(again.settings.prompt).toBe(cast.settings.prompt);
    expect(again.characterIds).toEqual([mara.id]);
  });

  it("refuses, in words, a prompt whose cast brings more pictures than the model takes", async () => {
    await saveCharacter(scope(), {
      name: "Tom",
      description: "",
      imageIds: [images[2]!, images[3]!, images[4]!],
    });
    await expect(applyCast(t.db, team.workspaceId, settings({ prompt: "@Mara meets @Tom" }))).rejects.toThrow(
      /@Mara, @Tom bring 5 reference images; .* takes at most 4/,
    );
  });

  it("keeps one character per name in a workspace, case-insensitive, and forgets removed ones", async () => {
    await expect(
      saveCharacter(scope(), { name: "MARA", description: "", imageIds: [images[0]!] }),
    ).rejects.toThrow(/already has @MARA/);
    const ned = await saveCharacter(scope(), { name: "Ned", description: "a dog", imageIds: [images[0]!] });
    await removeCharacter(scope(), ned.id);
    const cast = await applyCast(t.db, team.workspaceId, settings({ prompt: "@Ned barks" }));
    expect(cast.characterIds).toEqual([]);
    expect(cast.settings.prompt).toBe("@Ned barks");
  });

  it("refuses a picture of another workspace", async () => {
    const other = await createTeam(t.db);
    await expect(
      saveCharacter(
        { db: t.db, workspaceId: other.workspaceId, userId: other.member.userId },
        {
          name: "Spy",
          description: "",
          imageIds: [images[0]!],
        },
      ),
    ).rejects.toThrow(/not in this workspace/);
  });
});
