import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { devices, type APIRequestContext, type Page } from "@playwright/test";
import { extractLastFrame } from "../../lib/media/last-frame";
import { firstFrameRgb, meanPixelDifference, rgbOf } from "../../lib/testing/frame-pixels";
import type { StoryboardDto } from "../../lib/storyboards/storyboard-dto";
import { probeVideo } from "../../lib/testing/probe-video";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { type AppServer, demoEnv, ensureSignedIn, startAppServer } from "../support/app-server";
import { READ, SimulatorControl } from "../support/simulator";

/**
 * A storyboard run end to end on the production build in demo mode, on a server of its own (its
 * simulator's log is read, and the server is killed): three shots, the last two continuing from the
 * one before. Each shot is sent once; a continued shot's `image_url` serves exactly the last frame
 * of the take before it, and its clip starts on that picture; a failed shot stops only the shot
 * continuing from it; Resume sends only what has no ready take, and survives kill -9; the film
 * lasts the sum of its takes and has sound. The last shot names a cast member (`@Keeper`, chosen in
 * the picker), whose two pictures go with it as reference images.
 */
const demo = test.extend<{ app: AppServer; control: SimulatorControl }>({
  app: async ({}, use) => {
    const app = await startAppServer({ env: demoEnv(2_500), label: "storyboards" });
    await use(app);
    if (test.info().status !== test.info().expectedStatus)
      await test.info().attach("app.log", { body: app.logs(), contentType: "text/plain" });
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
  control: async ({ page, app }, use) => use(new SimulatorControl(page.request, `${app.url}/api/simulator`)),
});

test.describe.configure({ timeout: 300_000 });

const scratch = mkdtempSync(path.join(tmpdir(), "storyboard-e2e-"));
test.afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function readBoard(request: APIRequestContext, url: string, id: string): Promise<StoryboardDto> {
  const response = await request.get(`${url}/api/storyboards/${id}`, READ);
  expect(response.ok(), await response.text()).toBe(true);
  return response.json();
}

/** The submits the simulator logged for a prompt, with their bodies. */
async function submitsOf(request: APIRequestContext, url: string, prompt: string) {
  const { requests } = (await (await request.get(`${url}/api/simulator/__sim/requests`, READ)).json()) as {
    requests: Array<{ path: string; body: Record<string, unknown> | null; status?: number }>;
  };
  return requests.filter((r) => r.path === "/grok/videos" && r.body?.prompt === prompt);
}

/** A take's stored video, saved to a file. */
async function saveTake(page: Page, url: string, takeId: string): Promise<string> {
  const response = await page.request.get(`${url}/api/generations/${takeId}/video`, READ);
  expect(response.ok()).toBe(true);
  const file = path.join(scratch, `${takeId}.mp4`);
  writeFileSync(file, await response.body());
  return file;
}

const usedTake = (board: StoryboardDto, index: number) => board.shots[index]!.takes.find((t) => t.used)!.id;

demo(
  "three shots, two continued: each sent once from the exact last frame; a failure stops only what continues from it; Resume survives kill -9; the film is the sum of its takes",
  async ({ page, browser, newUser, app, control }) => {
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/);
    const tag = randomBytes(4).toString("hex");
    const prompts = [
      `Storyboard ${tag}: a lighthouse at dusk`,
      `Storyboard ${tag}: the keeper climbs the stairs [sim:fail]`,
      `Storyboard ${tag}: the lamp turns on`,
    ] as const;
    const fixed = `Storyboard ${tag}: the keeper climbs the stairs`;
    const keeper = "an old keeper in a yellow coat";
    const third = `${prompts[2]} @Keeper`;
    const thirdSent = `${third}\n\n@Keeper: ${keeper}`;

    // 0. A cast member with two pictures.
    await page.getByTestId("open-storyboards").click();
    const cast = page.getByTestId("new-character");
    await cast.getByLabel("Name").fill("Keeper");
    await cast.getByLabel("Description").fill(keeper);
    await cast
      .getByLabel(/Pictures/)
      .setInputFiles(["ref-1.jpg", "ref-2.webp"].map((f) => path.join("e2e/fixtures/images", f)));
    await page.getByTestId("add-character").click();
    await expect(page.getByTestId("character")).toContainText("@Keeper");

    // 1. From a pasted script: one shot per paragraph, the later ones continuing.
    await page.getByLabel("Title").fill(`The lighthouse ${tag}`);
    await page.getByLabel("Aspect ratio").selectOption("16:9");
    await page.getByLabel("Resolution").selectOption("480p");
    await page.getByLabel(/Script/).fill(prompts.join("\n\n"));
    await page.getByTestId("create-storyboard").click();
    await expect(page).toHaveURL(/\/storyboards\/[a-z0-9]+$/);
    const id = page.url().split("/").pop()!;
    const shots = page.getByTestId("shot");
    await expect(shots).toHaveCount(3);
    await expect(shots.nth(1).getByTestId("shot-continues")).toBeChecked();
    await expect(shots.nth(2).getByTestId("shot-continues")).toBeChecked();
    for (let i = 0; i < 3; i++) {
      await shots.nth(i).getByTestId("shot-duration").fill("2");
      await shots.nth(i).getByTestId("shot-duration").blur();
    }
    // Shot 3 names the keeper through the cast picker: "@Kee", then Enter.
    const prompt3 = shots.nth(2).getByTestId("shot-prompt");
    await prompt3.click();
    await prompt3.press("End");
    await prompt3.pressSequentially(" @Kee");
    await expect(page.getByTestId("cast-picker")).toContainText("@Keeper");
    await prompt3.press("Enter");
    await prompt3.blur();
    await expect
      .poll(async () =>
        (await readBoard(page.request, app.url, id)).shots.map((s) => [s.durationSec, s.prompt]),
      )
      .toEqual([
        [2, prompts[0]],
        [2, prompts[1]],
        [2, third],
      ]);

    // 2. Generate all: it says what it will use, then shot 2 fails and stops shot 3 only.
    await expect(page.getByTestId("run-plan")).toContainText("3 shots · 6 s");
    await page.getByTestId("generate-all").click();
    await expect(page.getByTestId("run-error")).toContainText("Shot 2 failed", { timeout: 90_000 });
    await expect(shots.getByTestId("shot-status")).toHaveText([
      "Ready",
      "Failed",
      "Waits: the shot before failed",
    ]);
    let board = await readBoard(page.request, app.url, id);
    expect((await submitsOf(page.request, app.url, prompts[0])).length).toBe(1);
    expect(await submitsOf(page.request, app.url, thirdSent)).toHaveLength(0);
    const [failedSend] = await submitsOf(page.request, app.url, prompts[1]);
    expect(failedSend?.body?.image_url, "shot 2 starts from an image").toEqual(expect.any(String));

    // Its image_url serves exactly the last frame of shot 1's take, at full size.
    const take1 = await saveTake(page, app.url, usedTake(board, 0));
    const last1 = await extractLastFrame(take1);
    const sent = await page.request.get(String(failedSend!.body!.image_url), READ);
    expect(sent.ok()).toBe(true);
    expect(meanPixelDifference(await rgbOf(await sent.body()), await rgbOf(last1.data))).toBe(0);
    await expect(shots.nth(1).getByTestId("start-frame")).toBeVisible();

    // 3. Fix shot 2, Resume, and kill -9 the server while shot 2 is on its way.
    await shots.nth(1).getByTestId("shot-prompt").fill(fixed);
    await shots.nth(1).getByTestId("shot-prompt").blur();
    await expect.poll(async () => (await readBoard(page.request, app.url, id)).shots[1]!.prompt).toBe(fixed);
    await expect(page.getByTestId("run-plan")).toContainText("2 shots · 4 s");
    await page.getByTestId("resume-run").click();
    await expect.poll(async () => (await control.tasksFor(fixed)).length, { timeout: 30_000 }).toBe(1);
    await app.kill9();
    await app.restart();
    await ensureSignedIn(page, app.url, newUser);
    await page.goto(`/storyboards/${id}`);
    await expect(shots.getByTestId("shot-status")).toHaveText(["Ready", "Ready", "Ready"], {
      timeout: 120_000,
    });

    // Each shot sent once in all (the simulator keeps its tasks across the restart).
    for (const prompt of [prompts[0], prompts[1], fixed, thirdSent])
      expect(await control.tasksFor(prompt), prompt).toHaveLength(1);
    // Shot 3 carried the keeper: both pictures as reference images, the description with the prompt.
    const [third3] = await control.tasksFor(thirdSent);
    const sent3 = (third3 as { request: Record<string, unknown> }).request;
    expect(sent3.image_url).toEqual(expect.any(String));
    expect(sent3.reference_image_urls).toHaveLength(2);

    // 4. Each continued shot starts on the last frame of the take before it.
    board = await readBoard(page.request, app.url, id);
    const take2 = await saveTake(page, app.url, usedTake(board, 1));
    const take3 = await saveTake(page, app.url, usedTake(board, 2));
    expect(meanPixelDifference(await firstFrameRgb(take2), await rgbOf(last1.data))).toBeLessThan(4);
    const last2 = await extractLastFrame(take2);
    expect(meanPixelDifference(await firstFrameRgb(take3), await rgbOf(last2.data))).toBeLessThan(4);
    // …and not on just any picture: shot 1's own first frame is far from it.
    expect(meanPixelDifference(await firstFrameRgb(take1), await rgbOf(last1.data))).toBeGreaterThan(4);

    // Every shot shows where it ends: the exact last frame of its take, kept when it was copied.
    await expect
      .poll(async () => (await readBoard(page.request, app.url, id)).shots.map((s) => !!s.endFrameUrl))
      .toEqual([true, true, true]);
    board = await readBoard(page.request, app.url, id);
    const end3 = await page.request.get(new URL(board.shots[2]!.endFrameUrl!, app.url).href, READ);
    expect(
      meanPixelDifference(await rgbOf(await end3.body()), await rgbOf((await extractLastFrame(take3)).data)),
    ).toBe(0);
    await page.reload();
    await expect(shots.getByTestId("end-frame")).toHaveCount(3);

    // 5. The film: the three takes in order, with sound, chapters at each shot.
    await page.getByTestId("make-film").click();
    await expect(page.getByTestId("film-player")).toBeVisible({ timeout: 90_000 });
    await expect(page.getByTestId("film-chapters").getByRole("listitem")).toHaveCount(3);
    board = await readBoard(page.request, app.url, id);
    const film = path.join(scratch, "film.mp4");
    writeFileSync(film, await (await page.request.get(`${app.url}${board.film.videoUrl}`, READ)).body());
    const facts = await probeVideo(film);
    const takes = await Promise.all([take1, take2, take3].map((f) => probeVideo(f)));
    const sum = takes.reduce((s, t) => s + t.durationSec, 0);
    expect(Math.abs(facts.durationSec - sum), `film ${facts.durationSec} s, takes ${sum} s`).toBeLessThan(
      0.1,
    );
    expect(facts.audioCodec).toBe("aac");
    expect(board.film.chapters.map((c) => Math.round(c.startSec))).toEqual([0, 2, 4]);

    // The film joins the gallery as a video of its own (a page to share and review it from).
    await page.getByTestId("film-to-gallery").click();
    await page.getByTestId("film-in-gallery").click();
    await expect(page).toHaveURL(/\/g\/[a-z0-9]+$/);
    const filmVideo = page.url().split("/").pop()!;
    await expect(page.getByTestId("generation-page")).toContainText(`The lighthouse ${tag}`);
    const copy = path.join(scratch, "film-copy.mp4");
    writeFileSync(
      copy,
      await (await page.request.get(`${app.url}/api/generations/${filmVideo}/video`, READ)).body(),
    );
    expect((await probeVideo(copy)).durationSec).toBeCloseTo(facts.durationSec, 1);
    // Its prompt is the storyboard's title: a film is continued, never remixed into one clip.
    await expect(page.getByTestId("remix-link")).toHaveCount(0);
    await page.goto("/studio");
    await expect(page.locator(`[data-id="${filmVideo}"]`).getByTestId("card-facts")).toContainText(
      "Film of 3 shots",
    );
    await page.goto(`/storyboards/${id}`);

    // 6. On a phone: one column that never scrolls sideways, and the film skips shot by shot.
    const phone = await browser.newContext({ ...devices["Pixel 7"], baseURL: app.url });
    await phone.addCookies(await page.context().cookies());
    const onPhone = await phone.newPage();
    await onPhone.goto(`/storyboards/${id}`);
    await expect(onPhone.getByTestId("shot")).toHaveCount(3);
    expect(await onPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(412);
    const player = onPhone.getByTestId("film-player");
    await player.evaluate((v: HTMLVideoElement) => (v.muted = true));
    await onPhone.getByRole("button", { name: "Next shot" }).click();
    await expect
      .poll(() => player.evaluate((v: HTMLVideoElement) => v.currentTime))
      .toBeGreaterThanOrEqual(2);
    await expect(onPhone.getByTestId("film-chapters").locator("[aria-current=true]")).toContainText("Shot 2");
    await phone.close();

    // 7. Deleting the storyboard (a second press confirms) keeps its takes as ordinary videos.
    await page.getByTestId("delete-storyboard").click();
    await page.getByTestId("delete-storyboard").click();
    await expect(page).toHaveURL(/\/storyboards$/);
    await expect(page.getByRole("link", { name: new RegExp(`The lighthouse ${tag}`) })).toHaveCount(0);
    expect((await page.request.get(`${app.url}/api/storyboards/${id}`, READ)).status()).toBe(404);
    expect((await page.request.get(`${app.url}/api/generations/${usedTake(board, 0)}`, READ)).ok()).toBe(
      true,
    );
  },
);
