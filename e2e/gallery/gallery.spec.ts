/**
 * The gallery with a hundred (and five hundred) finished videos of mixed shapes, on the
 * production build: justified rows without holes or layout shift, facts on phones too, day
 * headings, newest/oldest, a small DOM while scrolling to the end, and bulk favourite, delete +
 * Undo and zip download. Seeds PostgreSQL and the storage folder directly (gallery-world.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import { expect, test, type Page } from "@playwright/test";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { ONE_LAYOUT } from "../support/layouts";
import {
  seedGalleryWorld,
  sessionCookieFor,
  SHAPES,
  type GalleryWorld,
} from "../../lib/testing/gallery-world";

test.describe.configure({ mode: "serial" });
test.setTimeout(5 * 60_000);

let server: AppServer;
let db: pg.Client;
let world: GalleryWorld;
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;

test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  server = await startAppServer({ env: { ...demoEnv(3_000), WORKERS: "off" }, label: "gallery" });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  world = await seedGalleryWorld(db, server.dataDir, { count: 100 });
});

test.afterAll(async () => {
  await db?.end();
  await server?.dispose();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

async function openStudio(page: Page, user = world.owner, query = "") {
  await page.context().addCookies([sessionCookieFor(user, server.url)]);
  await page.goto(`${server.url}/studio${query}`);
  // Hydrated and measured (see JustifiedGrid).
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
}

/**
 * Each rendered row — in the server's CSS layout or in positioned rows alike: the cells of one day
 * that share a top edge — with the gallery's width, where its cells start and end and how tall
 * they are.
 */
const rowBoxes = (page: Page) =>
  page.getByTestId("gallery").evaluate((gallery) => {
    const width = gallery.getBoundingClientRect().width;
    const headings = [...gallery.querySelectorAll('[data-testid="day-heading"]')];
    const rows = new Map<string, { day: number; top: number; cells: DOMRect[] }>();
    for (const cell of gallery.querySelectorAll('[data-testid="gallery-cell"]')) {
      const r = cell.getBoundingClientRect();
      const day = headings.filter(
        (h) => h.compareDocumentPosition(cell) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).length;
      const key = `${day}:${Math.round(r.top)}`;
      const row = rows.get(key) ?? { day, top: r.top, cells: [] };
      row.cells.push(r);
      rows.set(key, row);
    }
    const list = [...rows.values()];
    return list.map((row) => ({
      width,
      used: row.cells.at(-1)!.right - row.cells[0]!.left,
      heights: row.cells.map((c) => c.height),
      count: row.cells.length,
      // A day's last row keeps the target height instead of stretching (it may be part-full).
      lastOfDay: !list.some((other) => other.day === row.day && other.top > row.top),
    }));
  });

// Layout shift is asserted in first-screen.spec.ts (a working team's studio, phone and desktop).
test("mixed shapes fill every row without holes, with the facts on every card", async ({ page }) => {
  await openStudio(page);
  await page.waitForLoadState("networkidle");
  const rows = (await rowBoxes(page)).filter((r) => !r.lastOfDay);
  expect(rows.length).toBeGreaterThanOrEqual(2);
  for (const row of rows) {
    expect(Math.abs(row.used - row.width), "a full row reaches the edge").toBeLessThanOrEqual(2);
    expect(Math.max(...row.heights) - Math.min(...row.heights), "one height per row").toBeLessThanOrEqual(1);
  }
  const across = rows.reduce((s, r) => s + r.count, 0) / rows.length;
  const phone = (page.viewportSize()?.width ?? 1280) < 640;
  expect(across).toBeGreaterThanOrEqual(phone ? 2 : 4);
  expect(across).toBeLessThanOrEqual(phone ? 3.5 : 6.5);
  if (phone) {
    // Balanced: no lone full-width card between rows of slivers; rows of similar height.
    expect(
      Math.min(...rows.map((r) => r.count)),
      "every full row holds two cards or more",
    ).toBeGreaterThanOrEqual(2);
    const heights = rows.map((r) => r.heights[0]!);
    expect(Math.max(...heights) / Math.min(...heights), "row heights within 1.6×").toBeLessThanOrEqual(1.6);
  }
  // The facts are on the card itself, not behind a hover, on a phone too.
  const first = page.getByTestId("generation-card").first();
  await expect(first.getByTestId("card-facts")).toBeVisible();
  await expect(first.getByTestId("card-facts")).toContainText(/\d+s · \d+p · \d+:\d+/);
});

test("day headings and newest/oldest order", async ({ page }) => {
  await openStudio(page);
  const headings = page.getByTestId("day-heading");
  await expect(headings.first()).toHaveText("Today");
  // Rows below the screen are not rendered (virtualised): scroll until yesterday's heading is.
  const yesterday = headings.filter({ hasText: "Yesterday" });
  for (let i = 0; i < 30 && !(await yesterday.isVisible()); i++)
    await page.evaluate(() => window.scrollBy(0, window.innerHeight / 2));
  await expect(yesterday).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const created = () =>
    page
      .getByTestId("generation-card")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-created")!));
  const newest = await created();
  expect(newest[0]).toBe(world.videos[0]!.createdAt.toISOString());
  expect([...newest].sort().reverse()).toEqual(newest);

  await page.getByTestId("sort").selectOption("oldest");
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.getByTestId("generation-card").first()).toHaveAttribute(
    "data-created",
    world.videos.at(-1)!.createdAt.toISOString(),
  );
  const oldest = await created();
  expect([...oldest].sort()).toEqual(oldest);
  await expect(headings.first()).not.toHaveText("Today");
});

test("bulk: favourite, delete with one Undo, and a zip of the right videos", async ({ page }) => {
  await openStudio(page);
  await page.getByTestId("select-mode").click();
  const cards = page.getByTestId("select-card");
  for (const i of [0, 1, 2, 3]) {
    await cards.nth(i).click();
    await expect(page.getByTestId("bulk-count")).toHaveText(`${i + 1} selected`);
  }
  await expect(page.getByTestId("bulk-count")).toHaveText("4 selected");
  const chosen = world.videos.slice(0, 4).map((v) => v.id);
  const column = async (sql: string) => (await db.query(sql, [chosen])).rows;

  await page.getByTestId("bulk-favorite").click();
  await expect(page.getByText("4 videos favourited")).toBeVisible();
  expect(await column(`SELECT favorite FROM "Generation" WHERE id = ANY($1)`)).toEqual(
    chosen.map(() => ({ favorite: true })),
  );

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("bulk-zip").click()]);
  const file = path.join(test.info().outputDir, "selection.zip");
  await download.saveAs(file);
  const listing = execFileSync("unzip", ["-Z1", file]).toString().trim().split("\n").sort();
  expect(listing).toHaveLength(4);
  for (const name of listing) expect(name).toMatch(/^[a-z0-9-]+-[a-z0-9]{4}\.mp4$/);
  // Each entry is the stored clip of that video's shape, byte for byte.
  for (const v of world.videos.slice(0, 4)) {
    const entry = listing.find((n) => n.endsWith(`${v.id.slice(-4)}.mp4`))!;
    const bytes = execFileSync("unzip", ["-p", file, entry], { maxBuffer: 64 << 20 });
    const shape = SHAPES.find((s) => s.ratio === v.aspectRatio)!;
    expect(bytes.equals(readFileSync(path.resolve("lib/grok/simulator/media", shape.file)))).toBe(true);
  }

  await page.getByTestId("bulk-delete").click();
  await expect(page.getByText("4 videos deleted")).toBeVisible();
  for (const id of chosen) await expect(page.locator(`[data-id="${id}"]`)).toHaveCount(0);
  expect(
    (await column(`SELECT "deletedAt" FROM "Generation" WHERE id = ANY($1)`)).every((r) => r.deletedAt),
  ).toBe(true);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("4 videos restored")).toBeVisible();
  // Back in place at the top of the gallery (rows far from the screen are not in the DOM).
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const id of chosen) await expect(page.locator(`[data-id="${id}"]`)).toHaveCount(1);
  expect(await column(`SELECT "deletedAt" FROM "Generation" WHERE id = ANY($1)`)).toEqual(
    chosen.map(() => ({ deletedAt: null })),
  );
});

test("select mode is axe-clean", async ({ page }) => {
  await openStudio(page);
  await page.getByTestId("select-mode").click();
  await page.getByTestId("select-card").first().click();
  await expect(page.getByTestId("bulk-count")).toHaveText("1 selected");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test("a zip of more than 100 videos is refused with a clear message", ONE_LAYOUT, async ({ page }) => {
  await openStudio(page);
  const ids = Array.from({ length: 101 }, (_, i) => world.videos[i % world.videos.length]!.id).join(",");
  const response = await page.request.get(`${server.url}/api/generations/zip?ids=${ids}`);
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toContain("at most 100 videos at a time");
});

test("with 500 videos the DOM stays small while scrolling to the end loads every one", async ({ page }) => {
  const big = await seedGalleryWorld(db, server.dataDir, { count: 500, minutesApart: 9 });
  await openStudio(page, big.owner);
  let most = 0;
  const last = page.locator(`[data-id="${big.videos.at(-1)!.id}"]`);
  for (let i = 0; i < 400 && !(await last.isVisible()); i++) {
    await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
    most = Math.max(most, await page.getByTestId("generation-card").count());
  }
  await expect(last).toBeVisible();
  expect(most).toBeLessThan(150);
});
