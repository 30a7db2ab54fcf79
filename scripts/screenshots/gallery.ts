/**
 * Screenshots of a working team's studio (100 finished videos of mixed shapes, 2 failed, 3 being
 * made), on the production build
 * (`.next`, or NEXT_DIST_DIR): desktop 1440×900 and 1920×1080, and a Pixel 7, full viewport.
 *
 *   npx tsx --conditions=react-server scripts/screenshots/gallery.ts [before|after]
 *
 * Writes /work/screens/<prefix>-<viewport>.png (SCREENS_DIR overrides the folder). Runs on the
 * PostgreSQL server (TEST_DATABASE_URL, default the local one) in a scratch database.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { chromium, devices, type BrowserContextOptions, type Page } from "@playwright/test";
import { demoEnv, startAppServer } from "../../lib/testing/app-server";
import { seedGalleryWorld, sessionCookieFor } from "../../lib/testing/gallery-world";

const prefix = process.argv[2] ?? "after";
const outDir = process.env.SCREENS_DIR ?? "/work/screens";
process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";

const viewports: Array<[string, BrowserContextOptions]> = [
  ["desktop-1440", { viewport: { width: 1440, height: 900 } }],
  ["desktop-1920", { viewport: { width: 1920, height: 1080 } }],
  ["pixel7", devices["Pixel 7"]],
];

/** Waits until every poster in view has loaded, so the picture shows the cards as a person sees them. */
async function settle(page: Page) {
  await page.getByTestId("generation-card").first().waitFor();
  // Hydrated and measured, with the next pages fetched, as a person sees it a moment after opening.
  await page.waitForFunction(() =>
    document.querySelector('[data-testid="gallery"]')?.hasAttribute("data-ready"),
  );
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(
    () =>
      [...document.images].every(
        (img) => img.complete || img.getBoundingClientRect().top > window.innerHeight,
      ),
    undefined,
    { timeout: 30_000 },
  );
}

const server = await startAppServer({ env: { ...demoEnv(3_000), WORKERS: "off" }, label: "screens" });
try {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const world = await seedGalleryWorld(db, server.dataDir, { count: 100, failed: 2, running: 3 });
  await db.end();
  mkdirSync(outDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  for (const [name, options] of viewports) {
    const context = await browser.newContext(options);
    await context.addCookies([sessionCookieFor(world.owner, server.url)]);
    const page = await context.newPage();
    await page.goto(`${server.url}/studio`);
    await settle(page);
    const file = path.join(outDir, `${prefix}-${name}.png`);
    await page.screenshot({ path: file });
    // And one screen further down, where only the gallery is in view.
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 1.5));
    await settle(page);
    await page.screenshot({ path: path.join(outDir, `${prefix}-${name}-scrolled.png`) });
    const cards = await page.evaluate(
      () =>
        [...document.querySelectorAll('[data-testid="generation-card"]')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;
        }).length,
    );
    console.log(`${file}: ${cards} cards in view after scrolling`);
    await context.close();
  }
  await browser.close();
} finally {
  await server.dispose();
}
