import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { freePort, startAppServer } from "../support/app-server";

/** The operator's view of an instance: liveness, readiness with each check, and the admins' banner. */
test.describe.configure({ timeout: 150_000 });

test("a working instance is live and ready, each check says why, and background work is seen", async ({
  request,
}) => {
  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toMatchObject({ status: "ok" });

  const ready = await request.get("/api/ready");
  const report = await ready.json();
  expect(ready.status(), JSON.stringify(report)).toBe(200);
  expect(report).toMatchObject({
    ready: true,
    checks: {
      database: { state: "ok" },
      migrations: { state: "ok", detail: expect.stringMatching(/^\d+ applied$/) },
      jobs: { state: "ok", detail: expect.stringMatching(/^running since /) },
      storage: { state: "ok", detail: "local: writable" },
    },
    background: { running: true },
  });
});

test("storage that cannot be written makes the instance not ready; with no worker anywhere, admins are told", async ({
  browser,
  newUser,
}) => {
  const closed = await freePort(); // nothing listens here
  const app = await startAppServer({
    label: "not-ready",
    env: {
      WORKERS: "off",
      STORAGE_DRIVER: "s3",
      S3_BUCKET: "videos",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
      S3_ENDPOINT: `http://127.0.0.1:${closed}`,
      S3_FORCE_PATH_STYLE: "true",
    },
  });
  const context = await browser.newContext({ baseURL: app.url });
  const page = await context.newPage();
  try {
    const ready = await page.request.get(`${app.url}/api/ready`);
    const report = await ready.json();
    expect(ready.status(), JSON.stringify(report)).toBe(503);
    expect(report).toMatchObject({
      ready: false,
      checks: {
        database: { state: "ok" },
        jobs: { state: "skipped", detail: expect.stringContaining("WORKERS=off") },
        storage: { state: "failing", detail: expect.any(String) },
      },
      background: { running: false },
    });
    expect((await page.request.get(`${app.url}/api/health`)).status()).toBe(200);

    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/);
    // Past the instance's start-up grace (30 s), the owner sees the banner on the next page.
    await expect(async () => {
      await page.reload();
      await expect(page.getByTestId("background-work-banner")).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
    await expect(page.getByTestId("background-work-banner")).toContainText("Background work is not running");
  } catch (error) {
    await test.info().attach("app.log", { body: app.logs(), contentType: "text/plain" });
    throw error;
  } finally {
    await context.close();
    await app.dispose();
  }
});
