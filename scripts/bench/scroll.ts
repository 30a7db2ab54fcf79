/**
 * Scroll benchmark: the production build's gallery with 1,000 finished videos in one workspace,
 * Chromium on a Pixel 7 viewport with the CPU slowed ×4 (BENCH_CPU_RATE; CDP Emulation.setCPUThrottlingRate),
 * scrolled from top to bottom (more pages load on the way). Frame times come from
 * requestAnimationFrame; prints fps, dropped frames (a frame longer than 1.5 × 16.7 ms) and the frames
 * whose bottom edge showed no card yet (a slow phone may draw a row late).
 *
 *   npm run bench:scroll                      (needs `next build` first; TEST_DATABASE_URL or the local server)
 *   npm run bench:scroll -- --app-dir ../old  another checkout's build, for a before/after
 */
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { chromium, devices } from "@playwright/test";
import { demoEnv, startAppServer } from "../../lib/testing/app-server";
import { seedGalleryWorld, sessionCookieFor } from "../../lib/testing/gallery-world";

process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
const COUNT = Number(process.env.BENCH_CARDS ?? 1000);
// ×4 is the mid phone on a fast desktop; a slower host (see bench:web's benchmark index) needs less.
const RATE = Number(process.env.BENCH_CPU_RATE ?? 4);

const { values: args } = parseArgs({ options: { "app-dir": { type: "string" } } });
const appDir = path.resolve(args["app-dir"] ?? ".");
console.log(`Build: ${appDir}`);

const server = await startAppServer({
  env: { ...demoEnv(3_000), WORKERS: "off" },
  label: "bench-scroll",
  appDir,
});
try {
  const db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  const world = await seedGalleryWorld(db, server.dataDir, { count: COUNT, minutesApart: 5 });
  await db.end();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
  });
  const context = await browser.newContext(devices["Pixel 7"]);
  await context.addCookies([sessionCookieFor(world.owner, server.url)]);
  const page = await context.newPage();
  // tsx keeps function names with a `__name` helper that the page does not have.
  await page.addInitScript("window.__name = (f) => f");
  await page.goto(`${server.url}/studio`);
  await page.getByTestId("gallery").and(page.locator("[data-ready]")).waitFor();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: RATE });

  // Scrolls 40 px a frame (a brisk flick, ~2,400 px/s) until the last video is on screen.
  const lastId = world.videos.at(-1)!.id;
  const result = await page.evaluate(
    (last) =>
      new Promise<{ frames: number[]; cards: number; maxDom: number; blank: number }>((resolve) => {
        const frames: number[] = [];
        let previous = performance.now();
        let maxDom = 0;
        // A frame whose bottom edge (where rows come in) shows the gallery without a card or a
        // day heading: a row not mounted in time. Two points, so a gap between cards is no miss.
        let blank = 0;
        const filled = (x: number) =>
          document
            .elementFromPoint(x, window.innerHeight - 8)
            ?.closest('[data-testid="generation-card"], [data-testid="day-heading"]') != null;
        const deadline = previous + 10 * 60_000;
        const step = (t: number) => {
          frames.push(t - previous);
          previous = t;
          window.scrollBy(0, 40);
          maxDom = Math.max(maxDom, document.querySelectorAll('[data-testid="generation-card"]').length);
          const gallery = document.querySelector('[data-testid="gallery"]')!.getBoundingClientRect();
          if (
            gallery.bottom > window.innerHeight &&
            !filled(window.innerWidth * 0.3) &&
            !filled(window.innerWidth * 0.7)
          )
            blank++;
          const done = document.querySelector(`[data-id="${last}"]`);
          if ((done && done.getBoundingClientRect().top < window.innerHeight) || t > deadline)
            resolve({ frames, cards: maxDom, maxDom, blank });
          else requestAnimationFrame(step);
        };
        requestAnimationFrame(step);
      }),
    lastId,
  );
  const frames = result.frames.slice(1);
  const total = frames.reduce((s, f) => s + f, 0);
  const dropped = frames.filter((f) => f > 25).length;
  const sorted = [...frames].sort((a, b) => a - b);
  const p95 = sorted[Math.floor(sorted.length * 0.95)] ?? 0;
  console.log(`scroll bench: ${COUNT} cards, Pixel 7 viewport, CPU ×${RATE}`);
  console.log(
    `  frames ${frames.length} in ${(total / 1000).toFixed(1)} s → ${((frames.length * 1000) / total).toFixed(1)} fps`,
  );
  console.log(
    `  dropped (>25 ms) ${dropped} (${((dropped / frames.length) * 100).toFixed(1)}%), p95 frame ${p95.toFixed(1)} ms`,
  );
  console.log(`  most cards in the DOM at once: ${result.maxDom}`);
  console.log(
    `  frames with a row not yet drawn at the bottom edge: ${result.blank} (${((result.blank / frames.length) * 100).toFixed(1)}%)`,
  );
  await browser.close();
} finally {
  await server.dispose();
}
