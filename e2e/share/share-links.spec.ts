/**
 * Share links on the production build, as people use them: made from the studio's menus, opened
 * signed out on a Pixel 7 (the video plays at once, its media answers ranges), previewed by chat
 * apps (Open Graph / Twitter tags), and refused — page and media alike — once expired, revoked,
 * behind a password not given, or when the video is deleted. A client without an account comments
 * and approves through a link that allows it. The server's own output is read at
 * the end: no share token may ever be in it.
 */
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { StudioPage } from "../pages/studio-page";
import {
  expectAxeClean,
  expectPlaying,
  fillShareDialog,
  laptop,
  metaTags,
  pixel7,
  screenshotPath,
  shareFromCard,
  tokenOf,
  watchCsp,
} from "./share-world";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const SHARE_PORT = Number(process.env.SHARE_E2E_PORT ?? 3211);
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;
let server: AppServer;
let db: pg.Client;
let maker: BrowserContext;
let page: Page;
let studio: StudioPage;
const tokens: string[] = [];
const id = randomBytes(3).toString("hex");
const promptA = `A paper lantern rising over a dark lake ${id}`;
const promptB = `Rain on a tin roof, close up ${id}`;
const user = (name: string) => ({
  name: `${name} ${id}`,
  email: `${name.toLowerCase()}-${id}@example.test`,
  password: `pw-${id}-long-enough`,
});
const creator = user("Sana");
const friend = user("Femi");
let firstUrl = "";

test.beforeAll(async ({ browser }) => {
  test.setTimeout(300_000);
  // The spec edits a link's row (its expiry) in the server's database, so it runs on PostgreSQL.
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  server = await startAppServer({
    env: demoEnv(2_000),
    label: "share",
    port: SHARE_PORT,
    appUrlIsSelf: true,
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  maker = await laptop(browser, server.url);
  page = await maker.newPage();
  studio = await StudioPage.signUp(page, creator);
  for (const prompt of [promptA, promptB]) await studio.create(prompt);
  for (const prompt of [promptA, promptB])
    await expect(studio.card(prompt)).toHaveAttribute("data-saved", "stored", { timeout: 90_000 });
});

test.afterAll(async () => {
  await maker?.close();
  await db?.end();
  await server?.dispose();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

async function phonePage(browser: import("@playwright/test").Browser) {
  const phone = await pixel7(browser, server.url);
  const shown = await phone.newPage();
  return { phone, shown, csp: await watchCsp(shown) };
}

const videoUrl = (url: string, n = 0) => `${url}/${n}/video.mp4`;

test("a link made in the studio plays at once on a phone, signed out, and previews in chat apps", async ({
  browser,
}, testInfo) => {
  await page.goto("/studio");
  firstUrl = await shareFromCard(
    page,
    studio.card(promptA),
    { download: true, prompt: true, title: "Lantern, take 1" },
    {
      form: screenshotPath(testInfo, "share-dialog-desktop"),
      link: screenshotPath(testInfo, "share-dialog-link-desktop"),
    },
  );
  tokens.push(tokenOf(firstUrl));

  const { phone, shown, csp } = await phonePage(browser);
  const response = await shown.goto(firstUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText("Lantern, take 1");
  await expect(shown.getByTestId("share-prompt")).toHaveText(promptA);
  const video = shown.locator("video");
  await expect(video).toHaveAttribute("playsinline", "");
  await expectPlaying(video);
  // Fits the phone: nothing wider than its 412 px screen, nor than the smallest phones' 360.
  expect(await shown.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
  await shown.setViewportSize({ width: 360, height: 740 });
  expect(await shown.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shown.setViewportSize({ width: 412, height: 839 });
  await shown.screenshot({ path: screenshotPath(testInfo, "share-page-pixel7"), fullPage: true });

  // One tap for sound; the video keeps playing.
  await shown.getByRole("button", { name: "Tap for sound" }).tap();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.muted)).toBe(false);
  await expectPlaying(video);

  // The media URL answers ranges (what a phone's player asks for) and no cache may keep it.
  const ranged = await phone.request.get(videoUrl(firstUrl), { headers: { Range: "bytes=0-99" } });
  expect(ranged.status()).toBe(206);
  expect(ranged.headers()["content-range"]).toMatch(/^bytes 0-99\/\d+$/);
  expect(ranged.headers()["cache-control"]).toContain("no-store");
  expect((await ranged.body()).length).toBe(100);
  const download = await phone.request.get(`${videoUrl(firstUrl)}?download=1`, {
    headers: { Range: "bytes=0-9" },
  });
  expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="a-paper-lantern/);

  // Chat-app previews: absolute URLs to the token routes, with types and sizes.
  const tags = await metaTags(shown);
  const origin = server.url;
  expect(tags).toMatchObject({
    "og:title": "Lantern, take 1",
    "og:description": promptA,
    "og:type": "video.other",
    "og:url": firstUrl,
    "og:image": `${firstUrl}/0/poster.jpg`,
    "og:image:type": "image/jpeg",
    "og:video": videoUrl(firstUrl),
    "og:video:secure_url": videoUrl(firstUrl),
    "og:video:type": "video/mp4",
    "twitter:card": "player",
    "twitter:player": `${firstUrl}/embed`,
    "twitter:player:stream": videoUrl(firstUrl),
    "twitter:player:stream:content_type": "video/mp4",
    "twitter:image": `${firstUrl}/0/poster.jpg`,
  });
  for (const key of [
    "og:image:width",
    "og:image:height",
    "og:video:width",
    "og:video:height",
    "twitter:player:width",
    "twitter:player:height",
  ])
    expect(Number(tags[key]), key).toBeGreaterThan(0);
  for (const [key, value] of Object.entries(tags))
    if (/^https?:/.test(value) || /:(url|image|video|player|stream|secure_url)$/.test(key))
      expect(value.startsWith(`${origin}/s/`), `${key} is an absolute token URL`).toBe(true);
  const poster = await phone.request.get(tags["og:image"]!);
  expect(poster.status()).toBe(200);
  expect(poster.headers()["content-type"]).toBe("image/jpeg");
  const jpeg = await poster.body();
  expect(jpeg.subarray(0, 3).toString("hex")).toBe("ffd8ff");
  const player = await phone.request.get(tags["twitter:player"]!);
  expect(player.status()).toBe(200);
  expect(player.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(player.headers()["x-frame-options"]).toBeUndefined();
  expect(await player.text()).toContain(`src="/s/${tokens[0]}/0/video.mp4"`);

  await expectAxeClean(shown, testInfo, "share-page");
  expect(csp, "CSP violations on the share page").toEqual([]);
  await phone.close();
});

test("Make one like this takes a signed-out viewer through sign-in to their own studio, prompt and settings filled", async ({
  browser,
}) => {
  const other = await laptop(browser, server.url);
  await StudioPage.signUp(await other.newPage(), friend);
  await other.close();

  const { phone, shown } = await phonePage(browser);
  await shown.goto(firstUrl);
  await shown.getByTestId("make-one-like-this").tap();
  await expect(shown).toHaveURL(/\/sign-in\?callbackUrl=/);
  await expect(shown.getByTestId("sign-in-purpose")).toHaveText(/Sign in to make a video like this one/);
  // Typed before React takes over the form, the fields would be emptied by hydration.
  await shown.waitForLoadState("networkidle");
  await shown.getByLabel("Email").fill(friend.email);
  await shown.getByLabel("Password").fill(friend.password);
  await expect(shown.getByLabel("Email")).toHaveValue(friend.email);
  await shown.getByRole("button", { name: "Sign in" }).tap();
  await expect(shown).toHaveURL(/\/studio\?.*model=grok-imagine-video.*ar=16(%3A|:)9/, { timeout: 60_000 });
  await expect(shown.getByLabel("Prompt", { exact: true })).toHaveValue(promptA);
  // Not hidden in the closed sheet: on a phone the sheet opens with what it was given.
  await expect(shown.getByTestId("create-sheet")).toHaveAttribute("data-state", "open");
  await expect(shown.getByLabel("Prompt", { exact: true })).toBeInViewport();
  await expect(shown.getByTestId("workspace-name")).toContainText(friend.name.split(" ")[0]!);
  await phone.close();
});

test("revoking a link stops its page and its media at once", async ({ browser }) => {
  const { phone, shown } = await phonePage(browser);
  await shown.goto(firstUrl);
  await expectPlaying(shown.locator("video"));

  const videoId = await studio.card(promptA).getAttribute("data-id");
  await page.goto(`/g/${videoId}`);
  const row = page.getByTestId("video-share-links").getByTestId("share-link");
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("share-views")).toHaveText(/[1-9]\d* views?/);
  await row.getByTestId("revoke-share-link").click();
  await expect(page.getByTestId("video-share-links")).toHaveCount(0);

  const media = await phone.request.get(videoUrl(firstUrl), { headers: { Range: "bytes=100-199" } });
  expect(media.status()).toBe(410);
  expect((await phone.request.get(`${firstUrl}/0/poster.jpg`)).status()).toBe(410);
  const again = await shown.reload();
  expect(again?.status()).toBe(410);
  await expect(shown.getByTestId("share-refused")).toHaveAttribute("data-reason", "revoked");
  await phone.close();
});

test("an expired link is refused, page and media", async ({ browser }) => {
  await page.goto("/studio");
  const url = await shareFromCard(page, studio.card(promptA), { expiry: "1d" });
  tokens.push(tokenOf(url));
  const { phone, shown } = await phonePage(browser);
  expect((await shown.goto(url))?.status()).toBe(200);

  // A day later, as far as the link knows.
  const hash = createHash("sha256").update(tokenOf(url)).digest("hex");
  const moved = await db.query(
    `UPDATE "ShareLink" SET "expiresAt" = now() - interval '1 minute' WHERE "tokenHash" = $1`,
    [hash],
  );
  expect(moved.rowCount).toBe(1);
  expect((await shown.reload())?.status()).toBe(410);
  await expect(shown.getByTestId("share-refused")).toHaveAttribute("data-reason", "expired");
  expect((await phone.request.get(videoUrl(url), { headers: { Range: "bytes=0-99" } })).status()).toBe(410);
  await phone.close();
  // A client whose phone speaks Chinese is told so in Chinese.
  const chinese = await pixel7(browser, server.url, "zh-CN");
  const told = await chinese.newPage();
  expect((await told.goto(url))?.status()).toBe(410);
  await expect(told.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(told.getByRole("heading", { level: 1 })).toHaveText("这个链接已过期");
  await chinese.close();
});

test("a client whose browser speaks Russian watches and reviews the shared video in Russian", async ({
  browser,
}) => {
  await page.goto("/studio");
  const url = await shareFromCard(page, studio.card(promptB), { download: true, comments: true });
  tokens.push(tokenOf(url));
  const russian = await pixel7(browser, server.url, "ru-RU");
  const shown = await russian.newPage();
  expect((await shown.goto(url))?.status()).toBe(200);
  await expect(shown.locator("html")).toHaveAttribute("lang", "ru");
  await expectPlaying(shown.locator("video"));
  await expect(shown.getByTestId("share-download")).toHaveText("Скачать");
  await expect(shown.getByRole("heading", { name: "Отзыв для команды" })).toBeVisible();
  await shown.getByLabel("Ваше имя").fill("Ольга");
  await shown.getByLabel("Комментарий").fill("Отлично, но чуть короче");
  await shown.getByTestId("guest-send").click();
  await expect(shown.getByTestId("guest-sent")).toHaveText("Отправлено. Команда увидит это при просмотре.");
  await expect(shown.getByRole("link", { name: "Сделано в Grok Video Studio" })).toBeVisible();
  await russian.close();

  // The maker's account setting wins over their (English) browser, and "As my browser" gives it back.
  await page.goto("/settings");
  const language = page.getByTestId("language-select");
  await expect(language).toHaveValue("auto");
  await language.selectOption("ru");
  await expect(page.getByText("Language saved")).toBeVisible();
  await page.goto(url);
  await expect(page.getByTestId("share-download")).toHaveText("Скачать");
  await page.goto("/settings");
  await expect(page.getByTestId("language-select")).toHaveValue("ru");
  await page.getByTestId("language-select").selectOption("auto");
  await expect(page.getByText("Language saved")).toBeVisible();
  await page.goto(url);
  await expect(page.getByTestId("share-download")).toHaveText("Download");
});

test("a password link asks for it: without it nothing plays, a wrong one is refused, the right one plays", async ({
  browser,
}, testInfo) => {
  await page.goto("/studio");
  const url = await shareFromCard(page, studio.card(promptB), {
    password: "tin roof 42",
    title: "Rain study",
  });
  tokens.push(tokenOf(url));
  const { phone, shown, csp } = await phonePage(browser);

  const first = await shown.goto(url);
  expect(first?.status()).toBe(401);
  await expect(shown.getByTestId("share-password")).toBeVisible();
  await expect(shown.locator("video")).toHaveCount(0);
  // Chat apps have no password: the preview names the link and carries no media.
  const tags = await metaTags(shown);
  expect(tags["og:title"]).toBe("Rain study");
  expect(Object.keys(tags).filter((k) => /^(og:(image|video)|twitter:(player|image))/.test(k))).toEqual([]);
  expect((await phone.request.get(videoUrl(url), { headers: { Range: "bytes=0-99" } })).status()).toBe(401);

  await shown.getByLabel("Password").fill("tin roof 24");
  await shown.getByRole("button", { name: "Watch" }).tap();
  await expect(shown.getByTestId("share-password-error")).toHaveText(/not right/);
  await shown.screenshot({ path: screenshotPath(testInfo, "share-password-pixel7") });
  expect((await phone.request.get(videoUrl(url), { headers: { Range: "bytes=0-99" } })).status()).toBe(401);

  await shown.getByLabel("Password").fill("tin roof 42");
  await shown.getByRole("button", { name: "Watch" }).tap();
  await expect(shown.getByRole("heading", { level: 1 })).toHaveText("Rain study");
  await expectPlaying(shown.locator("video"));
  expect((await phone.request.get(videoUrl(url), { headers: { Range: "bytes=0-99" } })).status()).toBe(206);
  // The proof is this browser's: another phone still meets the form.
  const { phone: stranger, shown: theirs } = await phonePage(browser);
  expect((await theirs.goto(url))?.status()).toBe(401);
  await stranger.close();
  expect(csp).toEqual([]);
  await phone.close();
});

test("a reel plays its videos one after another; deleting a video refuses its page and media", async ({
  browser,
}, testInfo) => {
  await page.goto("/studio");
  await page.getByTestId("select-mode").click();
  for (const prompt of [promptB, promptA]) await studio.card(prompt).getByTestId("select-card").click();
  await expect(page.getByTestId("bulk-count")).toHaveText("2 selected");
  await page.getByTestId("bulk-share-reel").click();
  const reelUrl = await fillShareDialog(page, { prompt: true });
  await page.getByTestId("share-done").click();
  await page.getByTestId("bulk-done").click();
  tokens.push(tokenOf(reelUrl));
  const singleUrl = await shareFromCard(page, studio.card(promptB), {});
  tokens.push(tokenOf(singleUrl));

  const { phone, shown } = await phonePage(browser);
  await shown.goto(reelUrl);
  const videos = shown.locator("video");
  await expect(videos).toHaveCount(2);
  await expect(shown.getByTestId("share-prompt")).toHaveText([promptB, promptA]);
  await expect(videos.nth(0)).toHaveAttribute("preload", "auto");
  await expect(videos.nth(1)).toHaveAttribute("preload", "none");
  await expectPlaying(videos.nth(0));
  await shown.screenshot({ path: screenshotPath(testInfo, "share-reel-pixel7"), fullPage: true });

  const videoId = await studio.card(promptB).getAttribute("data-id");
  await page.goto(`/g/${videoId}`);
  await page.getByTestId("delete-button").click();
  await expect(page).toHaveURL(/\/studio/);

  const single = await shown.goto(singleUrl);
  expect(single?.status()).toBe(410);
  await expect(shown.getByTestId("share-refused")).toHaveAttribute("data-reason", "deleted");
  await shown.screenshot({ path: screenshotPath(testInfo, "share-refused-pixel7") });
  expect((await phone.request.get(videoUrl(singleUrl), { headers: { Range: "bytes=0-99" } })).status()).toBe(
    410,
  );
  // The reel goes on with the video that is left; the deleted one's file is refused.
  await shown.goto(reelUrl);
  await expect(shown.locator("video")).toHaveCount(1);
  expect((await phone.request.get(videoUrl(reelUrl, 0))).status()).toBe(410);
  expect((await phone.request.get(videoUrl(reelUrl, 1), { headers: { Range: "bytes=0-9" } })).status()).toBe(
    206,
  );
  await phone.close();

  // Still live: the reel, and three links to the deleted video (the password one, the Russian
  // client's and the single one), which say so.
  await page.goto("/links");
  await expect(page.getByTestId("share-link")).toHaveCount(4);
  await expect(page.getByText("Its video was deleted: the link shows nothing.")).toHaveCount(3);
  // Links alike in title tell apart by when they were made and how their URL ends.
  const hints = await page.getByTestId("share-hint").allTextContents();
  expect(hints).toHaveLength(4);
  expect(new Set(hints).size).toBe(4);
  for (const hint of hints) expect(tokens.some((token) => `…${token.slice(-4)}` === hint)).toBe(true);
  await expect(page.getByTestId("share-made")).toHaveCount(4);
  await page.screenshot({ path: screenshotPath(testInfo, "share-links-desktop") });
});

test("a client reviews without an account: comments at a moment and approves; the maker hears of it and sees it marked as a guest's", async ({
  browser,
}, testInfo) => {
  await page.goto("/studio");
  const url = await shareFromCard(page, studio.card(promptA), {
    comments: true,
    approval: true,
    title: "For Claire",
  });
  tokens.push(tokenOf(url));

  const { phone, shown, csp } = await phonePage(browser);
  await shown.goto(url);
  const section = shown.getByTestId("guest-feedback");
  await expect(section).toBeVisible();
  // Without a name the form says so and keeps what was typed.
  await section.getByLabel("Comment").fill("The rain could be louder");
  await section.getByLabel("Your name").fill("   ");
  await section.getByTestId("guest-send").click();
  await expect(shown.getByTestId("guest-error")).toHaveText("Give your name, so the team knows who wrote.");
  await expect(shown.getByTestId("guest-feedback").getByLabel("Comment")).toHaveValue(
    "The rain could be louder",
  );

  // At a moment of the video: its playhead goes with the comment.
  await shown.locator("video").evaluate(async (v: HTMLVideoElement) => {
    v.pause();
    v.currentTime = 1.2;
    await new Promise((resolve) => v.addEventListener("seeked", resolve, { once: true }));
  });
  await shown.getByTestId("guest-feedback").getByLabel("Your name").fill("Claire");
  await shown.getByTestId("guest-send").click();
  await expect(shown.getByTestId("guest-sent")).toHaveText("Sent. The team sees it in their review.");
  await expect(shown.getByTestId("guest-comment")).toHaveText(/Claire\s*0:01\s*The rain could be louder/);
  // The name is remembered on this phone; a verdict needs nothing else.
  await expect(shown.getByTestId("guest-feedback").getByLabel("Your name")).toHaveValue("Claire");
  await shown.getByTestId("guest-approve").click();
  await expect(shown.getByTestId("guest-verdict")).toHaveText("Approved by Claire");
  await shown.screenshot({ path: screenshotPath(testInfo, "guest-review-pixel7"), fullPage: true });
  expect(csp).toEqual([]);
  await phone.close();

  // The maker's bell has it; the entry opens the video, where the guest's words are marked so.
  await page.goto("/studio");
  // Besides "your video is ready" from earlier: the comment and the verdict, newest first.
  await expect(page.getByTestId("inbox-bell")).not.toHaveAttribute("data-unread", "0");
  await page.getByTestId("inbox-bell").click();
  const texts = page.getByTestId("inbox-entry").getByTestId("inbox-text");
  await expect(texts.nth(0)).toHaveText(`Claire (guest) marked “${promptA}” Approved through a share link`);
  await expect(texts.nth(1)).toHaveText(
    `Claire (guest) commented on “${promptA}” at 0:01 through a share link`,
  );
  await page.getByTestId("inbox-entry").nth(1).getByRole("link").click();
  const comment = page.getByTestId("comment");
  await expect(comment.getByTestId("comment-guest")).toHaveText("guest");
  await expect(comment.getByTestId("comment-author")).toHaveText("Claire");
  await expect(comment).toHaveAttribute("data-highlighted", "true");
  await expect(page.getByTestId("review-status-by")).toContainText("Claire (guest, through a share link)");
});

test("no share token ever reached the server's output", () => {
  expect(tokens.length).toBeGreaterThanOrEqual(5);
  const output = server.logs();
  expect(output.length).toBeGreaterThan(0);
  for (const token of tokens)
    expect(output.includes(token), `token ${tokens.indexOf(token) + 1} in the log`).toBe(false);
});
