/**
 * First contact, on the production build: the signed-out landing page (pitch, a playable sample,
 * "Try the demo" into a studio of one's own), the designed 404, and sign-in/sign-up forms that
 * keep what was typed when they refuse. A second server with a Grok token shows the demo is off.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { ONE_LAYOUT } from "./support/layouts";
import { actionManifest } from "./access/call";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";
import { startAppServer, type AppServer } from "./support/app-server";
import { layoutShifts, watchLayoutShifts } from "./support/layout-shifts";

// Signing up and in hashes passwords (argon2): slow on a loaded machine, so the waits are generous.
test.describe.configure({ timeout: 180_000 });
const SIGN_IN_WAIT = { timeout: 60_000 };

async function expectAxeClean(page: Page, name: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Nothing wider than the screen: a 360–430 px phone never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Another visitor with this project's device, in their own browser (no shared cookies). */
async function newVisitor(browser: Browser) {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch, baseURL } = test.info().project.use;
  const context = await browser.newContext({
    viewport,
    userAgent,
    deviceScaleFactor,
    isMobile,
    hasTouch,
    baseURL,
  });
  return { context, page: await context.newPage() };
}

test("signed out, / says what the product does and plays a real sample", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Type a prompt. Get a video.");
  await expect(page.getByText("Grok Imagine, through Ace Data Cloud")).toBeVisible();
  await expect(page.getByText(/The demo costs nothing/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Sign up" })).toBeVisible();
  await expect(page.getByTestId("try-demo")).toBeVisible();

  // The poster paints first; the video is fetched only when played.
  const video = page.getByTestId("landing-video");
  await expect(video).toHaveAttribute("preload", "none");
  await expect(video).toHaveAttribute("poster", "/landing/poster-848x480.webp");
  await video.evaluate((v: HTMLVideoElement) => {
    v.muted = true;
    return v.play();
  });
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(2);
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThan(0.25);

  await expectNoSidewaysScroll(page);
  await expectAxeClean(page, "landing");
  await page.screenshot({
    path: test.info().outputPath(`landing-${test.info().project.name}.png`),
    fullPage: true,
  });
});

test("Try the demo opens a studio of one's own where generating works", async ({ page, browser }) => {
  // Two demo sign-ins (argon2 each) and a generation: on a loaded phone run this passed 180 s.
  test.setTimeout(300_000);
  await page.goto("/");
  await page.getByTestId("try-demo").click();
  await expect(page).toHaveURL(/\/studio/, SIGN_IN_WAIT);
  await expect(page.getByTestId("demo-badge")).toBeVisible();

  const studio = new StudioPage(page);
  const prompt = `A kite over the dunes ${Date.now().toString(36)}`;
  await studio.create(prompt);
  const card = studio.card(prompt);
  await expect(card).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
  await studio.expectPlays(card);

  // Signed in, / is the studio.
  await page.goto("/");
  await expect(page).toHaveURL(/\/studio/);

  // A second stranger gets their own demo studio: the first one's video is not in it.
  const other = await newVisitor(browser);
  try {
    await other.page.goto("/");
    await other.page.getByTestId("try-demo").click();
    await expect(other.page).toHaveURL(/\/studio/, SIGN_IN_WAIT);
    await expect(other.page.getByTestId("demo-badge")).toBeVisible();
    await expect(new StudioPage(other.page).card(prompt)).toHaveCount(0);
  } finally {
    await other.context.close();
  }
});

test("an unknown address shows the designed 404, with its status and a way back", async ({ page }) => {
  const response = await page.goto("/no-such-page/here");
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId("not-found")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page doesn't exist");
  await expectNoSidewaysScroll(page);
  await expectAxeClean(page, "404");
  await page.getByRole("link", { name: "Go to the start page" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Type a prompt. Get a video.");
});

test("a refused sign-up or sign-in keeps everything typed, the password too", async ({ page, newUser }) => {
  const auth = new AuthPages(page);
  const name = page.getByLabel("Name");
  const email = page.getByLabel("Email");
  const password = page.getByLabel("Password", { exact: true });

  // Refused by validation: the password is too short.
  await page.goto("/sign-up");
  await name.fill(newUser.name);
  await email.fill(newUser.email);
  await password.fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("password-error")).toBeVisible();
  await expect(name).toHaveValue(newUser.name);
  await expect(email).toHaveValue(newUser.email);
  await expect(password).toHaveValue("short");

  // Refused by the server: the address is taken.
  await auth.signUp(newUser);
  await expect(page).toHaveURL(/\/studio/, SIGN_IN_WAIT);
  await page.context().clearCookies();
  await page.goto("/sign-up");
  await name.fill("Someone Else");
  await email.fill(newUser.email);
  await password.fill("another-password-123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-error")).toContainText("already exists", SIGN_IN_WAIT);
  await expect(name).toHaveValue("Someone Else");
  await expect(email).toHaveValue(newUser.email);
  await expect(password).toHaveValue("another-password-123");

  // A wrong password at sign-in: both stay, to correct one character rather than retype.
  await page.goto("/sign-in");
  await email.fill(newUser.email);
  await password.fill(`${newUser.password}-typo`);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toContainText("do not match", SIGN_IN_WAIT);
  await expect(email).toHaveValue(newUser.email);
  await expect(password).toHaveValue(`${newUser.password}-typo`);
});

test.describe("with a Grok token configured", ONE_LAYOUT, () => {
  let server: AppServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    // Nothing is generated here: the token only has to be set for the server to leave demo mode.
    server = await startAppServer({
      env: { ACEDATA_API_TOKEN: "token-of-a-real-account", APP_URL: undefined },
      label: "landing-token",
    });
  });
  test.afterAll(async () => {
    await server?.dispose();
  });

  test("there is no demo button, and the demo action refuses without signing anyone in", async ({ page }) => {
    await page.goto(`${server.url}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Type a prompt. Get a video.");
    await expect(page.getByRole("link", { name: "Create an account" }).first()).toBeVisible();
    await expect(page.getByTestId("try-demo")).toHaveCount(0);
    await expect(page.getByText(/The demo costs nothing/)).toHaveCount(0);

    // Posted anyway, as a browser without script posts a server action's form.
    // Keyed by path from Turbopack's root, which may sit above this checkout (TURBOPACK_ROOT).
    const manifest = actionManifest(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
    const action = [...manifest].find(([key]) => key.endsWith("lib/actions/demo.ts#tryDemoAction"))?.[1];
    expect(action, "the demo action in the build's manifest").toBeDefined();
    await page.evaluate((id) => {
      const form = document.createElement("form");
      form.method = "POST";
      form.action = "/";
      form.enctype = "multipart/form-data";
      const field = document.createElement("input");
      field.type = "hidden";
      field.name = `$ACTION_ID_${id}`;
      form.append(field);
      document.body.append(form);
      form.submit();
    }, action!.id);
    await expect(page).toHaveURL(/\/\?demo=unavailable$/, SIGN_IN_WAIT);
    await expect(page.getByTestId("demo-notice")).toContainText("There is no demo on this server");
    const cookies = await page.context().cookies(server.url);
    expect(cookies.filter((c) => c.name.includes("session-token"))).toEqual([]);
    await page.goto(`${server.url}/studio`);
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test("the signed-out pages do not move, and sign-up and sign-in work before any script runs", async ({
  browser,
  newUser,
}) => {
  // Layout shift from the first paint on (CLS ≤ 0.02 does not depend on the host's speed).
  for (const route of ["/", "/sign-in", "/sign-up"]) {
    const { context, page } = await newVisitor(browser);
    await watchLayoutShifts(page);
    // A slow phone's CPU (x6): the browser then paints while the HTML still streams in, which is
    // when a centred or stretched layout jumps (0.037 on / before it was placed from the top).
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 6 });
    await page.goto(route);
    await page.waitForLoadState("networkidle");
    const { cls, shifts } = await layoutShifts(page);
    expect(cls, `layout shift on ${route}: ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.02);
    await context.close();
  }

  // A phone on a slow network may press the button before the JavaScript has arrived: the forms
  // are plain HTML forms that post to the server, and both land in the studio.
  const { viewport, userAgent, isMobile, hasTouch, baseURL } = test.info().project.use;
  const noScript = await browser.newContext({
    viewport,
    userAgent,
    isMobile,
    hasTouch,
    baseURL,
    javaScriptEnabled: false,
  });
  const page = await noScript.newPage();
  await new AuthPages(page).signUp(newUser);
  await expect(page).toHaveURL(/\/studio/, SIGN_IN_WAIT);
  await expect(page.getByRole("heading", { name: /Videos in/ })).toBeVisible();
  await noScript.clearCookies();
  await new AuthPages(page).signIn(newUser.email, newUser.password);
  await expect(page).toHaveURL(/\/studio/, SIGN_IN_WAIT);
  await expect(page.getByRole("heading", { name: /Videos in/ })).toBeVisible();
  await noScript.close();
});
