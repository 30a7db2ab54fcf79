/**
 * A team reviewing its videos, written straight into a running server's PostgreSQL database and
 * storage folder (on top of gallery-world.ts): an owner, an admin, a member and a viewer, and a
 * few finished videos; the newest is a 6 s clip so comments can point at moments of it.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { encode } from "@auth/core/jwt";
import type pg from "pg";
import { makeDemoClip } from "../media/make-demo-clip";
import { TEST_AUTH_SECRET } from "./app-server";
import { seedGalleryWorld, type GalleryUser, type GalleryWorld } from "./gallery-world";

export interface ReviewWorld extends GalleryWorld {
  admin: GalleryUser;
  /** The newest video: 16:9, 6 s long. */
  clip: { id: string; prompt: string };
}

export async function seedReviewWorld(db: pg.Client, dataDir: string): Promise<ReviewWorld> {
  const world = await seedGalleryWorld(db, dataDir, { count: 4 });
  const admin = {
    id: `u${randomBytes(10).toString("hex")}`,
    email: `ada-${randomBytes(4).toString("hex")}@example.test`,
    name: "Ada Admin",
  };
  const t = new Date().toISOString();
  await db.query(
    `INSERT INTO "User" (id, email, name, "sessionVersion", "activeWorkspaceId", "createdAt", "updatedAt") VALUES ($1, $2, $3, 1, $4, $5, $5)`,
    [admin.id, admin.email, admin.name, world.workspaceId, t],
  );
  await db.query(
    `INSERT INTO "Membership" ("userId", "workspaceId", role, "createdAt") VALUES ($1, $2, 'admin', $3)`,
    [admin.id, world.workspaceId, t],
  );
  const token = await encode({
    token: { sub: admin.id, sv: 1, email: admin.email, name: admin.name },
    secret: TEST_AUTH_SECRET,
    salt: "authjs.session-token",
  });

  // The sample clips last 2 s; a longer one gives the timeline room.
  const clip = world.videos[0]!;
  const { rows } = await db.query<{ storageKey: string }>(
    `SELECT "storageKey" FROM "Asset" WHERE "generationId" = $1`,
    [clip.id],
  );
  await makeDemoClip({
    file: path.join(dataDir, "storage", rows[0]!.storageKey),
    width: 848,
    height: 480,
    durationSec: 6,
  });
  await db.query(`UPDATE "Generation" SET "durationSec" = 6 WHERE id = $1`, [clip.id]);
  return {
    ...world,
    admin: { ...admin, cookie: `authjs.session-token=${token}` },
    clip: { id: clip.id, prompt: clip.prompt },
  };
}
