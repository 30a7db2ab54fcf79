import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { mirrorVideo } from "@/lib/generations/mirror-video";
import { createStorage } from "@/lib/storage/create-storage";
import { createUser } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { claimDuration, claimFrameSize, truncate } from "./hostile-videos";
import { log } from "@/lib/log/logger";

/**
 * The mirror job's promise, with the real poster step: a provider video whose poster is refused
 * (or fails) is still copied and recorded, only without a poster.
 */
const valid = readFileSync(path.resolve("lib/grok/simulator/media/848x480.mp4"));
const VIDEOS: Record<string, Buffer> = {
  "valid.mp4": valid,
  "huge-frames.mp4": claimFrameSize(valid, 100_000, 100_000),
  "ten-hours.mp4": claimDuration(valid, 10 * 3600),
  "truncated.mp4": truncate(valid, Math.floor(valid.length / 2)),
};

let t: TestDatabase;
let owner: Awaited<ReturnType<typeof createUser>>;
let server: Server;
let origin: string;
const dir = mkdtempSync(path.join(tmpdir(), "mirror-hostile-"));
beforeAll(async () => {
  t = await openTestDatabase();
  owner = await createUser(t.db);
  server = createServer((request, response) => {
    const body = VIDEOS[(request.url ?? "").slice(1)];
    response.writeHead(body ? 200 : 404, { "content-type": "video/mp4" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

async function mirror(name: string) {
  const g = await createGeneration(t.db, {
    workspaceId: owner.workspace.id,
    creatorId: owner.user.id,
    state: "succeeded",
  });
  const deps = {
    db: t.db,
    storage: createStorage({ driver: "local", dataDir: dir, secret: "mirror-hostile-secret-mirror-hostile" }),
    policy: { allowedHosts: [origin], maxBytes: 10e6, timeoutMs: 5_000 },
  };
  const assetId = await mirrorVideo(deps, { ...g, providerVideoUrl: `${origin}/${name}` });
  return t.db.asset.findUniqueOrThrow({ where: { id: assetId } });
}

describe("mirroring a video whose poster cannot be made", () => {
  it("stores a valid video with its poster (the control)", async () => {
    const asset = await mirror("valid.mp4");
    expect(asset).toMatchObject({ sizeBytes: valid.length, width: 848, height: 480 });
    expect(asset.posterKey).toMatch(/^posters\//);
  });

  it.each([
    ["huge-frames.mp4", "100000×100000"],
    ["ten-hours.mp4", "36000 s"],
    ["truncated.mp4", "ends inside"],
  ])("keeps %s without a poster and says why", async (name, why) => {
    const warn = vi.spyOn(log, "warn").mockImplementation(() => undefined);
    const asset = await mirror(name);
    expect(asset).toMatchObject({
      sizeBytes: VIDEOS[name]!.length,
      posterKey: null,
      width: null,
      height: null,
    });
    const line = warn.mock.calls
      .map((call) => call.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "))
      .find((l) => l.includes("no poster"));
    expect(line).toContain(why);
    warn.mockRestore();
  });
});
