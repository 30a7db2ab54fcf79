/**
 * The studio's first screen on the production build, for a working team: 30 finished videos, 2 of
 * the owner's failed ones and 3 still being made. The HTML already holds the queue, the "Needs
 * attention" group and the first posters; nothing moves once it is painted (CLS ≤ 0.02, which
 * does not depend on the host's speed), and a phone's first screen shows videos, not status cards.
 */
import pg from "pg";
import { expect, test } from "@playwright/test";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { layoutShifts, watchLayoutShifts } from "../support/layout-shifts";
import { seedGalleryWorld, sessionCookieFor, type GalleryWorld } from "../../lib/testing/gallery-world";

test.describe.configure({ mode: "serial" });

let server: AppServer;
let team: GalleryWorld;
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;

test.beforeAll(async () => {
  test.setTimeout(5 * 60_000);
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  server = await startAppServer({ env: { ...demoEnv(3_000), WORKERS: "off" }, label: "first-screen" });
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  team = await seedGalleryWorld(db, server.dataDir, { count: 30, failed: 2, running: 3 });
  await db.end();
});

test.afterAll(async () => {
  await server?.dispose();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

test("the first HTML holds the queue and the first posters, and nothing moves after it is painted", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  await page.context().addCookies([sessionCookieFor(team.owner, server.url)]);

  // Before any script: the server's answer already has both groups and prioritised posters.
  const html = await (await page.request.get(`${server.url}/studio`)).text();
  expect(html).toContain('data-testid="in-progress"');
  expect(html).toContain('data-testid="needs-attention"');
  expect(html.match(/data-testid="queue-item"/g)).toHaveLength(3);
  expect(html).toMatch(/<img[^>]+fetchPriority="high"[^>]+data-testid="generation-poster"/i);
  // Each still at two widths; the card's width in the rows picks one.
  expect(html).toMatch(/<img[^>]+srcSet="\S+ 320w, \S+ 640w" sizes="\(min-width: 1280px\) 299px, [^"]+"/);

  // Every layout shift from the first paint on, with what moved (none came from input).
  await watchLayoutShifts(page);
  // The server's cards as first parsed: taken over by hydration, never drawn again (a provider
  // re-rendering above them once made React throw them away and render all 24 anew).
  await page.addInitScript(() => {
    document.addEventListener("DOMContentLoaded", () => {
      (window as unknown as { serverCards: Element[] }).serverCards = [
        ...document.querySelectorAll("[data-testid='generation-card']"),
      ];
    });
  });
  // Cards' pages the router fetched ahead of a click (a video page, Try again or Remix, a batch's
  // compare page); the page's own few links (usage, settings) may be fetched as before.
  const prefetched: string[] = [];
  page.on("request", (r) => {
    const { pathname } = new URL(r.url());
    if (r.headers()["next-router-prefetch"] && /^\/(g\/|studio|compare)/.test(pathname))
      prefetched.push(pathname);
  });
  // The gallery's next page (`cursor=`): not fetched and drawn while the first one loads.
  const nextPages: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/generations?") && r.url().includes("cursor=")) nextPages.push(r.url());
  });
  // Settled: hydrated, the lazy parts loaded, and the queue has polled again on its own.
  const polled = page.waitForResponse((r) => r.url().includes("status=active"), { timeout: 60_000 });
  await page.goto(`${server.url}/studio`);
  // Hydration of the whole studio: on a 2-core CI machine at load 15 it once took over 10 s.
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "", { timeout: 45_000 });
  await polled;
  await page.waitForLoadState("networkidle");

  const kept = await page.evaluate(() => {
    const cards = (window as unknown as { serverCards: Element[] }).serverCards;
    return { total: cards.length, connected: cards.filter((card) => card.isConnected).length };
  });
  expect(kept.total).toBe(24);
  expect(kept.connected).toBe(24);
  // A phone's first page ends within reach of the first screen; the next one waits for a scroll.
  expect(nextPages).toEqual([]);
  await expect(page.getByTestId("generation-card")).toHaveCount(24);

  // Cards do not fetch their pages as they come into view (it cost a server render per card and a
  // phone's data); the one a pointer goes to is fetched ahead of its click.
  expect(prefetched).toEqual([]);
  const link = page.getByTestId("card-link").first();
  const [fetchedAhead] = await Promise.all([
    page.waitForRequest((r) => Boolean(r.headers()["next-router-prefetch"])),
    link.hover(),
  ]);
  expect(new URL(fetchedAhead.url()).pathname).toBe(await link.getAttribute("href"));
  await page.mouse.move(0, 0);

  const { cls, shifts } = await layoutShifts(page);
  expect(cls, `layout shifts: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.02);
  await expect(page.getByTestId("queue-item")).toHaveCount(3);
  // The page never pans sideways: the queue strip and filter bar scroll inside themselves. (A
  // screen-reader name in a queue card once escaped its strip and made a phone's page 653 px wide:
  // pannable, and a larger viewport for the largest paint.)
  const width = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    screen: document.documentElement.clientWidth,
  }));
  expect(width.page).toBe(width.screen);

  const phone = (page.viewportSize()?.width ?? 1280) < 640;
  // A 16:9 card is ~300 px wide: a 1× desktop loads the small still, a Pixel 7's dense screen the large one.
  const wide = page
    .getByTestId("gallery")
    .locator('[data-aspect="16:9"]')
    .first()
    .getByTestId("generation-poster");
  const { currentSrc, srcset } = await wide.evaluate((img: HTMLImageElement) => ({
    currentSrc: img.currentSrc,
    srcset: img.srcset,
  }));
  const [small, large] = srcset
    .split(", ")
    .map((candidate) => new URL(candidate.split(" ")[0]!, server.url).href);
  expect(currentSrc).toBe(phone ? large : small);
  await page.screenshot({ path: testInfo.outputPath("first-screen.png") });
  await testInfo.attach("first screen", { path: testInfo.outputPath("first-screen.png") });
  if (phone) {
    // The failures are one row; the videos (posters, not status cards) fill the first screen.
    await expect(page.getByTestId("attention-toggle")).toHaveText(/2 need attention/);
    await expect(page.getByTestId("queue-failure").first()).toBeHidden();
    const onScreen = await page.getByTestId("generation-poster").evaluateAll(
      (posters) =>
        posters.filter((p) => {
          const r = p.getBoundingClientRect();
          return r.height > 0 && r.top >= 0 && r.bottom <= document.documentElement.clientHeight;
        }).length,
    );
    expect(onScreen).toBeGreaterThanOrEqual(4);
    // One tap opens them, with the reason and what to do.
    await page.getByTestId("attention-toggle").tap();
    await expect(page.getByTestId("queue-failure")).toHaveCount(2);
    await expect(page.getByTestId("queue-failure").first().getByTestId("try-again")).toBeVisible();
  } else {
    await expect(page.getByTestId("queue-failure").first().getByTestId("failure-reason")).toBeVisible();
  }
  // Scrolling towards the end of the first page brings the next one.
  await page.getByTestId("generation-card").last().scrollIntoViewIfNeeded();
  await expect(page.getByTestId("generation-card")).not.toHaveCount(24);
  expect(nextPages).toHaveLength(1);
});
