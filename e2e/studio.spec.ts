import path from "node:path";
import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";

const image = (name: string) => path.resolve("e2e/fixtures/images", name);

interface SimLog {
  requests: { method: string; path: string; body: Record<string, unknown> }[];
  fetchedImages: { url: string; status: number }[];
}

test("create with images and settings, watch it, play it, then favourite, filter, search, remix and delete", async ({
  page,
  newUser,
}) => {
  // A whole working session in one test: on a loaded 2-core machine it has taken 70 s.
  test.setTimeout(120_000);
  await new AuthPages(page).signUp(newUser);
  const studio = new StudioPage(page);
  // Slow (3 × the demo's task time): under load a 3 s video could finish before the queue shows it.
  const prompt = `Paper lanterns rising over a lake ${newUser.email} [sim:slow]`;
  await studio.create(prompt, {
    model: "grok-imagine-video-1.5-preview",
    aspectRatio: "3:4",
    resolution: "720p",
    durationSec: 10,
    inputImage: image("input.png"),
    referenceImages: [image("ref-1.jpg"), image("ref-2.webp")],
  });

  // The settings are in the URL, so the page can be shared or reloaded.
  await expect(page).toHaveURL(/model=grok-imagine-video-1\.5-preview/);
  await expect(page).toHaveURL(/ar=3%3A4|ar=3:4/);
  // ...and they are not mistaken for the gallery's filters.
  await expect(page.getByLabel("Filter by model")).toHaveValue("");

  const queued = page.getByTestId("queue-item").filter({ hasText: prompt });
  await expect(queued.getByTestId("elapsed")).toBeVisible();
  const card = studio.card(prompt);
  await expect(card).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
  // The grid shows a still from our copy before any video is loaded (no video element at all yet).
  await expect(card.getByTestId("generation-video")).toHaveCount(0);
  const poster = await card.getByTestId("generation-poster").getAttribute("src");
  expect(poster).toMatch(/^\/api\/files\/posters\/.+\.webp\?/);
  const posterResponse = await page.request.get(poster!);
  expect(posterResponse.headers()["content-type"]).toBe("image/webp");
  await studio.expectPlays(card);

  // The upstream got fetchable URLs for all three images, and the settings as chosen.
  const log = (await (await page.request.get("/api/simulator/__sim/requests")).json()) as SimLog;
  const submit = log.requests
    .filter((r) => r.path === "/grok/videos" && String(r.body.prompt) === prompt)
    .at(-1)!;
  expect(submit.body).toMatchObject({
    aspect_ratio: "3:4",
    resolution: "720p",
    duration: 10,
    model: "grok-imagine-video-1.5-preview",
  });
  const urls = [String(submit.body.image_url), ...(submit.body.reference_image_urls as string[])];
  expect(urls).toHaveLength(3);
  for (const url of urls) expect(log.fetchedImages.find((f) => f.url === url)?.status).toBe(200);

  // Favourite, then filter by favourites.
  // From the card's menu: a 3:4 card in a dense row is too narrow for its own star button.
  await card.getByTestId("more-actions").click();
  await page.getByTestId("menu-favorite").click();
  await card.getByTestId("more-actions").click();
  await expect(page.getByTestId("menu-favorite")).toHaveText("Remove from favourites");
  await page.keyboard.press("Escape");
  await page.getByTestId("filter-favorites").click();
  await expect(page).toHaveURL(/fav=true/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await page.getByTestId("filter-favorites").click();

  // Search by prompt.
  await page.getByTestId("search").fill("lanterns rising");
  await expect(page).toHaveURL(/q=lanterns/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  // What it matched is marked in the title.
  await expect(page.getByTestId("card-match")).toHaveText(["lanterns rising"]);
  // A slip of the finger still finds it, and says these are close matches.
  await page.getByTestId("search").fill("lantrens risng");
  await expect(page.getByTestId("search-similar")).toContainText("lantrens risng");
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(page.getByTestId("card-match")).toHaveText(["lanterns rising"]);
  await page.getByTestId("search").fill("no such prompt anywhere");
  await expect(page.getByTestId("gallery-empty")).toBeVisible();
  await page.getByTestId("search").fill("");
  await expect(card).toBeVisible();

  // Remix re-fills every setting and image.
  await card.getByTestId("more-actions").click();
  // The card cuts its title to a line; its menu says the whole prompt.
  await expect(page.getByTestId("menu-prompt")).toHaveText(prompt);
  await page.getByTestId("menu-remix").click();
  await studio.expectCreateOpened();
  await expect(page.getByTestId("remix-banner")).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
  await expect(page.getByLabel("Model", { exact: true })).toHaveValue("grok-imagine-video-1.5-preview");
  await expect(page.getByTestId("aspect-3:4")).toHaveAttribute("data-state", "checked");
  await expect(page.getByTestId("resolution-720p")).toHaveAttribute("data-state", "checked");
  await expect(page.getByTestId("duration-value")).toHaveText("10 s");
  await expect(page.getByTestId("reference-images-zone").getByTestId("image-thumb")).toHaveCount(2);
  await expect(page.getByTestId("input-image-zone").getByTestId("image-thumb")).toHaveCount(1);
  const closeSheet = page.getByTestId("create-sheet").getByRole("button", { name: "Close", exact: true });
  if (await closeSheet.isVisible()) await closeSheet.click();

  // Download: a file named after the prompt.
  await card.getByTestId("more-actions").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("download-link").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^paper-lanterns-rising-over-a-lake-ada-[a-z0-9-]+\.mp4$/);

  // Delete, then undo.
  await card.getByTestId("more-actions").click();
  await page.getByTestId("delete-button").click();
  await expect(card).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card).toBeVisible();
});

test("a failed generation explains why in plain words and can be tried again", async ({ page, newUser }) => {
  await new AuthPages(page).signUp(newUser);
  const studio = new StudioPage(page);
  const prompt = `A storm over the sea [sim:fail] ${newUser.email}`;
  await studio.create(prompt, { aspectRatio: "16:9" });

  await studio.showFailures();
  const failure = page.getByTestId("queue-failure").filter({ hasText: prompt });
  await expect(failure.getByTestId("failure-reason")).toContainText(/moderation|refused/i, {
    timeout: 45_000,
  });
  await failure.getByTestId("try-again").click();
  await studio.expectCreateOpened();
  // The form still holds the last prompt; wait until the failed generation has been loaded into it.
  await expect(page.getByTestId("remix-banner")).toBeVisible();
  await expect(page.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
  await page.getByLabel("Prompt", { exact: true }).fill(prompt.replace("[sim:fail] ", ""));
  await page.getByTestId("generate").click();
  await expect(studio.card(prompt.replace("[sim:fail] ", ""))).toHaveAttribute("data-state", "ready", {
    timeout: 45_000,
  });
});
