/**
 * A workspace full of finished videos, written straight into a running server's PostgreSQL
 * database and storage folder (as lib/testing/access/world.ts does): an owner, a teammate and a viewer,
 * and `count` READY videos of mixed shapes, each with its own stored MP4 (the simulator's sample
 * clip of that shape) and WebP poster, spread over the last days so the gallery groups them.
 * Optionally, as a working team has them, failed videos and videos still being made.
 * Used by the gallery specs, the screenshot script and the scroll benchmark.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import type pg from "pg";
import sharp from "sharp";
import { getFfmpeg } from "../media/ffmpeg";
import { smallPoster } from "../media/small-poster";
import { TEST_AUTH_SECRET } from "./app-server";

/** The catalog's shapes with the simulator's 480p frame for each. */
export const SHAPES = [
  { ratio: "16:9", file: "848x480.mp4" },
  { ratio: "9:16", file: "480x848.mp4" },
  { ratio: "1:1", file: "480x480.mp4" },
  { ratio: "3:2", file: "720x480.mp4" },
  { ratio: "2:3", file: "480x720.mp4" },
  { ratio: "4:3", file: "640x480.mp4" },
  { ratio: "3:4", file: "480x640.mp4" },
] as const;

const PROMPTS = [
  "A red kite over a stormy sea at dusk",
  "Neon rain on a Tokyo side street, slow dolly",
  "A fox cub tumbling through autumn leaves",
  "Macro shot of coffee blooming in cold milk",
  "Paper lanterns rising over a mountain lake",
  "A skateboarder in slow motion under bridge lights",
  "Timelapse of clouds rolling over dunes",
  "An astronaut planting a sunflower on the moon",
];

export interface GalleryUser {
  id: string;
  email: string;
  name: string;
  cookie: string;
}

export interface GalleryWorld {
  workspaceId: string;
  owner: GalleryUser;
  teammate: GalleryUser;
  viewer: GalleryUser;
  /** Newest first, as the gallery lists them. */
  videos: { id: string; prompt: string; aspectRatio: string; createdAt: Date; creatorId: string }[];
}

const id = (prefix: string) => `${prefix}${randomBytes(10).toString("hex")}`;
const hex32 = () => randomBytes(16).toString("hex");
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..", "..");

async function sessionCookie(user: { id: string; email: string; name: string }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: 1, email: user.email, name: user.name },
    secret: TEST_AUTH_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}

/** A still of each sample clip, tinted a few ways so neighbouring cards do not look alike. */
const posterCache = new Map<string, Buffer>();
/** The small still of each poster, as the mirror job writes it (null: the poster is that narrow already). */
const smallStills = new Map<Buffer, Buffer | null>();

async function poster(file: string, hue: number): Promise<Buffer> {
  const key = `${file}:${hue}`;
  const cached = posterCache.get(key);
  if (cached) return cached;
  const video = path.join(root, "lib/grok/simulator/media", file);
  const dir = await mkdtemp(path.join(tmpdir(), "gallery-poster-"));
  const png = path.join(dir, "frame.png");
  const ffmpeg = await getFfmpeg();
  const frame = await ffmpeg
    .run({
      inputs: [video],
      output: png,
      timeoutMs: 60_000,
      args: ({ inputs, output }) => ["-v", "error", "-ss", "0.5", "-i", inputs[0]!, "-frames:v", "1", output],
    })
    .then(() => readFile(png))
    .finally(() => rm(dir, { recursive: true, force: true }));
  const data = await sharp(frame).modulate({ hue }).webp({ quality: 70 }).toBuffer();
  posterCache.set(key, data);
  return data;
}

async function insertUser(db: pg.Client, name: string, at: string): Promise<GalleryUser> {
  const user = {
    id: id("u"),
    email: `${name.split(" ")[0]!.toLowerCase()}-${hex32().slice(0, 8)}@example.test`,
    name,
  };
  await db.query(
    `INSERT INTO "User" (id, email, name, "sessionVersion", "createdAt", "updatedAt") VALUES ($1, $2, $3, 1, $4, $4)`,
    [user.id, user.email, user.name, at],
  );
  return { ...user, cookie: await sessionCookie(user) };
}

/**
 * `count` ready videos, newest `minutesApart` apart going back from now, alternating creators
 * (two in three by the owner) and cycling through the shapes in an irregular order.
 */
export async function seedGalleryWorld(
  db: pg.Client,
  dataDir: string,
  options: { count: number; minutesApart?: number; now?: Date; failed?: number; running?: number },
): Promise<GalleryWorld> {
  const now = options.now ?? new Date();
  const t = now.toISOString();
  const workspaceId = id("ws");
  const owner = await insertUser(db, "Olga Owner", t);
  const teammate = await insertUser(db, "Tariq Teammate", t);
  const viewer = await insertUser(db, "Vic Viewer", t);
  await db.query(
    `INSERT INTO "Workspace" (id, name, slug, personal, "createdAt", "updatedAt") VALUES ($1, 'Film club', $2, false, $3, $3)`,
    [workspaceId, `${workspaceId}-slug`, t],
  );
  for (const [user, role] of [
    [owner, "owner"],
    [teammate, "member"],
    [viewer, "viewer"],
  ] as const)
    await db.query(
      `INSERT INTO "Membership" ("userId", "workspaceId", role, "createdAt") VALUES ($1, $2, $3, $4)`,
      [user.id, workspaceId, role, t],
    );
  await db.query(`UPDATE "User" SET "activeWorkspaceId" = $1 WHERE id = ANY($2)`, [
    workspaceId,
    [owner.id, teammate.id, viewer.id],
  ]);

  // A worker process elsewhere, beating for the next hour: these worlds run their servers with
  // WORKERS=off (the seeded queue must stay as seeded), and a real deployment would have one; without
  // it the owner would see the "background work is not running" banner above the studio.
  await db.query(
    `INSERT INTO "WorkerHeartbeat" (id, kind, "startedAt", "beatAt") VALUES ($1, 'worker', $2, $3)`,
    [id("worker"), t, new Date(now.getTime() + 3_600_000).toISOString()],
  );

  const storage = path.join(dataDir, "storage");
  const clips = new Map<string, Buffer>();
  const videos: GalleryWorld["videos"] = [];
  const minutes = options.minutesApart ?? 47;
  const rows: unknown[][] = [];
  const assets: unknown[][] = [];
  for (let i = 0; i < options.count; i++) {
    // An irregular walk through the shapes, so rows mix them.
    const shape = SHAPES[(i * 3 + Math.floor(i / 7)) % SHAPES.length]!;
    const clip =
      clips.get(shape.file) ?? (await readFile(path.join(root, "lib/grok/simulator/media", shape.file)));
    clips.set(shape.file, clip);
    const still = await poster(shape.file, (i % 6) * 60);
    const smallStill = smallStills.get(still) ?? (await smallPoster(still));
    smallStills.set(still, smallStill);
    const month = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
    const videoKey = `videos/${month}/${hex32()}.mp4`;
    const posterKey = `posters/${month}/${hex32()}.webp`;
    const posterSmallKey = smallStill ? `posters/${month}/${hex32()}.webp` : null;
    for (const [key, data] of [
      [videoKey, clip],
      [posterKey, still],
      ...(posterSmallKey && smallStill ? [[posterSmallKey, smallStill] as const] : []),
    ] as const) {
      await mkdir(path.dirname(path.join(storage, key)), { recursive: true });
      await writeFile(path.join(storage, key), data);
    }
    const createdAt = new Date(now.getTime() - i * minutes * 60_000 - 30_000);
    const creatorId = i % 3 === 2 ? teammate.id : owner.id;
    const prompt = `${PROMPTS[i % PROMPTS.length]} #${options.count - i}`;
    const generationId = id("g");
    const assetId = id("a");
    const [w, h] = shape.file.replace(".mp4", "").split("x").map(Number);
    assets.push([
      assetId,
      workspaceId,
      creatorId,
      videoKey,
      clip.length,
      w,
      h,
      createHash("sha256").update(clip).digest("hex"),
      posterKey,
      generationId,
      createdAt.toISOString(),
      posterSmallKey,
    ]);
    rows.push([
      generationId,
      workspaceId,
      creatorId,
      prompt,
      i % 4 === 1 ? "grok-imagine-video-1.5-preview" : "grok-imagine-video",
      shape.ratio,
      ["480p", "720p", "1080p"][i % 3],
      [6, 10, 15][i % 3],
      hex32(),
      assetId,
      createdAt.toISOString(),
    ]);
    videos.push({ id: generationId, prompt, aspectRatio: shape.ratio, createdAt, creatorId });
  }
  // Batched: a thousand videos seed in seconds, not minutes.
  for (let start = 0; start < rows.length; start += 200) {
    const assetBatch = assets.slice(start, start + 200);
    await db.query(
      `INSERT INTO "Asset" (id, "workspaceId", "ownerId", kind, "storageKey", "contentType", "sizeBytes", width, height, checksum, "posterKey", "generationId", "createdAt", "posterSmallKey")
       SELECT a[1], a[2], a[3], 'video', a[4], 'video/mp4', a[5]::int, a[6]::int, a[7]::int, a[8], a[9], a[10], a[11]::timestamptz, a[12]
       FROM jsonb_array_elements($1::jsonb) AS j, LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(j)) AS a) x`,
      [JSON.stringify(assetBatch)],
    );
    await db.query(
      `INSERT INTO "Generation" (id, "workspaceId", "creatorId", prompt, model, "aspectRatio", resolution, "durationSec", "idempotencyKey", state, "videoAssetId", "createdAt", "submittedAt", "finishedAt", "updatedAt")
       SELECT a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8]::int, a[9], 'ready', a[10], a[11]::timestamptz, a[11]::timestamptz, a[11]::timestamptz, a[11]::timestamptz
       FROM jsonb_array_elements($1::jsonb) AS j, LATERAL (SELECT ARRAY(SELECT jsonb_array_elements_text(j)) AS a) x`,
      [JSON.stringify(rows.slice(start, start + 200))],
    );
  }
  await seedUnfinished(db, { workspaceId, owner, teammate, now, ...options });
  return { workspaceId, owner, teammate, viewer, videos };
}

const FAILURES = [
  "The prompt was refused by the provider's content policy. Nothing was charged.",
  "Grok could not make this video (upstream error 500). Nothing was charged.",
];

/**
 * What a working team also has: the owner's recent failures ("Needs attention") and videos still
 * being made, by both members, sent a little while ago (no job engine moves them on in tests).
 */
async function seedUnfinished(
  db: pg.Client,
  w: { workspaceId: string; owner: GalleryUser; teammate: GalleryUser; now: Date } & {
    failed?: number;
    running?: number;
  },
) {
  const rows: unknown[][] = [];
  for (let i = 0; i < (w.failed ?? 0); i++) {
    const at = new Date(w.now.getTime() - (i + 1) * 7 * 60_000).toISOString();
    rows.push([
      id("g"),
      w.owner.id,
      `${PROMPTS[(i + 3) % PROMPTS.length]} (failed)`,
      "failed",
      FAILURES[i % 2],
      at,
      at,
    ]);
  }
  for (let i = 0; i < (w.running ?? 0); i++) {
    const at = new Date(w.now.getTime() - (i + 1) * 20_000).toISOString();
    const creator = i % 2 ? w.teammate : w.owner;
    rows.push([
      id("g"),
      creator.id,
      `${PROMPTS[(i + 5) % PROMPTS.length]} (making)`,
      "running",
      null,
      at,
      null,
    ]);
  }
  for (const [generationId, creatorId, prompt, state, error, at, finished] of rows)
    await db.query(
      `INSERT INTO "Generation" (id, "workspaceId", "creatorId", prompt, model, "aspectRatio", resolution, "durationSec", "idempotencyKey", state, "taskId", "errorMessage", "createdAt", "submittedAt", "sendStartedAt", "finishedAt", "updatedAt")
       VALUES ($1, $2, $3, $4, 'grok-imagine-video', '16:9', '480p', 6, $5, $6::"GenerationState", $7, $8, $9, $9, $9, $10, $9)`,
      [
        generationId,
        w.workspaceId,
        creatorId,
        prompt,
        hex32(),
        state,
        `task-${hex32()}`,
        error,
        at,
        finished,
      ],
    );
}

/** Playwright's cookie for a seeded user on `baseUrl`. */
export function sessionCookieFor(user: GalleryUser, baseUrl: string) {
  const [name, value] = user.cookie.split("=", 2) as [string, string];
  return { name, value: user.cookie.slice(name.length + 1) || value, url: baseUrl };
}
