/**
 * The create panel for a long day: on a wide screen it stays in view beside a gallery of a
 * hundred videos (its own scroll); on a phone the sheet shows Generate at once, folds the image
 * zones until wanted, shows no keyboard hint, and the Create button never covers the last card.
 */
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import { expect as baseExpect, test } from "../fixtures";
import { StudioPage } from "../pages/studio-page";

// Sign-up, uploads and generations are slow on a loaded machine: wait on visible states, longer.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";

const isPhone = (name: string) => name === "phone";

test("the create sheet: Generate in view on opening, images folded on a phone, hint only with a keyboard, axe clean", async ({
  page,
  newUser,
}, testInfo) => {
  const studio = await StudioPage.signUp(page, newUser);
  await studio.openCreate();
  const generate = page.getByTestId("generate");
  await expect(generate).toBeInViewport({ ratio: 1 });
  const hint = page.getByText("Ctrl/⌘ + Enter to generate");
  if (isPhone(testInfo.project.name)) {
    await expect(hint).toBeHidden();
    await expect(page.getByTestId("image-inputs")).toBeHidden();
    await expect(page.getByTestId("images-disclosure")).toHaveAttribute("aria-expanded", "false");
    // The sheet leaves the header uncovered.
    const header = await page.locator("header").first().boundingBox();
    const sheet = await page.getByTestId("create-sheet").boundingBox();
    expect(sheet!.y).toBeGreaterThanOrEqual(header!.y + header!.height);
    // Every choice a thumb can hit: 44 px at least (×1 ×2 ×4 were 40).
    for (const n of [1, 2, 4]) {
      const box = (await page.getByTestId(`batch-${n}`).boundingBox())!;
      expect(Math.min(box.width, box.height), `×${n}`).toBeGreaterThanOrEqual(44);
    }
  } else {
    await expect(hint).toBeVisible();
    await expect(page.getByTestId("image-inputs")).toBeVisible();
  }

  // A model that animates an image opens the zones by itself.
  await page.getByLabel("Model", { exact: true }).selectOption("grok-imagine-video-1.5:official");
  await expect(page.getByTestId("input-image-zone")).toBeVisible();
  await studio.openImages();
  await expect(generate).toBeInViewport({ ratio: 1 });

  const results = await new AxeBuilder({ page }).include('[data-testid="create-sheet"]').analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

/** A server of its own on PostgreSQL, so the test can put a hundred videos in the workspace at once. */
const withHundred = test.extend<{ app: AppServer }>({
  app: async ({}, use) => {
    process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
    const app = await startAppServer({ env: demoEnv(3_000), label: "create-hundred" });
    await use(app);
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
});

withHundred(
  "after scrolling past 100 videos the create panel (or the Create button) is still in view",
  async ({ page, app, newUser }, testInfo) => {
    test.setTimeout(180_000);
    await StudioPage.signUp(page, newUser);
    const db = new pg.Client({ connectionString: app.databaseUrl });
    await db.connect();
    try {
      await db.query(
        `INSERT INTO "Generation" (id, "workspaceId", "creatorId", prompt, model, "aspectRatio", resolution, "durationSec", "idempotencyKey", state, "createdAt", "updatedAt", "finishedAt")
       SELECT 'seed' || n || md5(random()::text), m."workspaceId", u.id, 'Seeded video number ' || n, 'grok-imagine-video',
              (ARRAY['16:9','9:16','1:1'])[1 + n % 3], '480p', 6, md5(random()::text), 'ready',
              now() - n * interval '1 minute', now(), now()
         FROM "User" u JOIN "Membership" m ON m."userId" = u.id, generate_series(1, 100) n
        WHERE u.email = $1`,
        [newUser.email],
      );
    } finally {
      await db.end();
    }
    await page.reload();
    const cards = page.getByTestId("generation-card");
    await expect(cards.first()).toBeVisible();
    // Scroll to the end, letting each next page load, until the oldest of the hundred is there
    // (the gallery is virtualised: cards far above are no longer in the page).
    const oldest = cards.filter({ hasText: "Seeded video number 100" });
    await expect
      .poll(
        async () => {
          await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
          return oldest.count();
        },
        { timeout: 90_000, intervals: [500] },
      )
      .toBe(1);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));

    if (isPhone(testInfo.project.name)) {
      const opener = page.getByTestId("open-create");
      await expect(opener).toBeInViewport();
      // The page leaves room under the last card: its menu is not under the Create button.
      const menu = await cards.last().getByTestId("more-actions").boundingBox();
      const button = await opener.boundingBox();
      expect(menu!.y + menu!.height <= button!.y || menu!.x + menu!.width <= button!.x).toBe(true);
      await opener.click();
      await expect(page.getByTestId("generate")).toBeInViewport({ ratio: 1 });
    } else {
      await expect(page.getByTestId("create-panel")).toBeInViewport();
      await expect(page.getByTestId("generate")).toBeInViewport({ ratio: 1 });
      await expect(page.getByLabel("Prompt", { exact: true })).toBeInViewport();
    }
  },
);
