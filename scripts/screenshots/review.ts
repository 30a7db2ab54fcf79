/**
 * Screenshots of a video page under review, on the production build (`.next`, or NEXT_DIST_DIR):
 * three comments (two at moments, one mentioning a teammate), their markers under the video and
 * an "In review" status; desktop 1440×900 and a Pixel 7 (the top of the page and the comments),
 * and the studio's gallery with review badges.
 *
 *   npx tsx --conditions=react-server scripts/screenshots/review.ts
 *
 * Writes /work/screens/review-<viewport>[-comments|-gallery].png (SCREENS_DIR overrides the folder). Runs on
 * the PostgreSQL server (TEST_DATABASE_URL, default the local one) in a scratch database.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { chromium, devices, type BrowserContextOptions } from "@playwright/test";
import { demoEnv, startAppServer } from "../../lib/testing/app-server";
import { sessionCookieFor } from "../../lib/testing/gallery-world";
import { seedReviewWorld } from "../../lib/testing/review-world";

const outDir = process.env.SCREENS_DIR ?? "/work/screens";
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const viewports: Array<[string, BrowserContextOptions]> = [
  ["desktop-1440", { viewport: { width: 1440, height: 900 } }],
  ["pixel7", devices["Pixel 7"]],
];

const server = await startAppServer({
  env: { ...demoEnv(3_000), WORKERS: "off" },
  label: "review-screens",
  port: 3223,
});
try {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const world = await seedReviewWorld(db, server.dataDir);
  const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
  const comments: Array<[string, string, number | null, number, string[]]> = [
    [
      world.admin.id,
      "Lovely opening. The colour of the sky is exactly what the client asked for.",
      0.6,
      95,
      [],
    ],
    [world.teammate.id, "@Ada Admin the card wobbles here, can we steady it?", 2.5, 41, [world.admin.id]],
    [world.viewer.id, "Could the last second hold a little longer before the cut?", 5.2, 7, []],
    [world.owner.id, "Otherwise ready to send. Approving once the wobble is fixed.", null, 3, []],
  ];
  for (const [i, [author, body, at, minutes, mentions]] of comments.entries()) {
    const id = `cshot${i}${world.clip.id}`;
    await db.query(
      `INSERT INTO "Comment" (id, "workspaceId", "generationId", "authorId", body, "atSeconds", "createdAt") VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [id, world.workspaceId, world.clip.id, author, body, at, ago(minutes)],
    );
    for (const userId of mentions)
      await db.query(
        `INSERT INTO "CommentMention" (id, "commentId", "userId") VALUES (gen_random_uuid(), $1, $2)`,
        [id, userId],
      );
  }
  await db.query(
    `UPDATE "Generation" SET "reviewStatus" = 'in_review', "reviewStatusById" = $2, "reviewStatusAt" = $3 WHERE id = $1`,
    [world.clip.id, world.admin.id, ago(30)],
  );
  await db.query(`UPDATE "Generation" SET "reviewStatus" = 'approved' WHERE id = $1`, [world.videos[1]!.id]);
  await db.query(`UPDATE "Generation" SET "reviewStatus" = 'changes_requested' WHERE id = $1`, [
    world.videos[2]!.id,
  ]);
  await db.end();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  for (const [name, options] of viewports) {
    const context = await browser.newContext(options);
    await context.addCookies([sessionCookieFor(world.admin, server.url)]);
    const page = await context.newPage();
    await page.goto(`${server.url}/g/${world.clip.id}?t=2.5`);
    await page.getByTestId("timeline-marker").first().waitFor();
    await page.waitForFunction(() => {
      const v = document.querySelector("video");
      return v !== null && v.readyState >= 2 && Math.abs(v.currentTime - 2.5) < 0.1;
    });
    await page.screenshot({ path: path.join(outDir, `review-${name}.png`) });
    await page.getByTestId("comment-body").scrollIntoViewIfNeeded();
    await page.getByTestId("comment-body").pressSequentially("Agreed, @T");
    await page.getByTestId("mention-suggestions").waitFor();
    await page.screenshot({ path: path.join(outDir, `review-${name}-comments.png`) });
    // The gallery: a badge on each card with a status, and the filter beside the others.
    await page.goto(`${server.url}/studio`);
    await page.getByTestId("review-badge").first().waitFor();
    await page.getByTestId("filter-review").scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(outDir, `review-${name}-gallery.png`) });
    console.log(`review-${name}: done`);
    await context.close();
  }
  await browser.close();
} finally {
  await server.dispose();
}
