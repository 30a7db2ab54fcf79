import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";

test("in demo mode a prompt becomes a stored, playable video", async ({ page, newUser }) => {
  await new AuthPages(page).signUp(newUser);
  await expect(page.getByTestId("demo-badge")).toBeVisible();

  const studio = new StudioPage(page);
  const prompt = `A lighthouse in a storm, waves crashing ${newUser.email}`;
  await studio.create(prompt, { aspectRatio: "9:16" });

  const queued = page.getByTestId("queue-item").filter({ hasText: prompt });
  await expect(queued).toHaveAttribute("data-state", /queued|submitted|running/);
  await expect(queued.getByTestId("elapsed")).toContainText(/\d+ (s|min)/);

  const card = studio.card(prompt);
  await expect(card).toHaveAttribute("data-state", "ready", { timeout: 45_000 });

  await studio.expectPlays(card);
  // It plays our stored copy, through the address that checks membership on every request.
  await expect(card).toHaveAttribute("data-saved", "stored");
  const id = await card.getAttribute("data-id");
  await expect(card.getByTestId("generation-video")).toHaveAttribute("src", `/api/generations/${id}/video`);

  // The create panel counts what was spent this month.
  await studio.openCreate();
  await expect(page.getByTestId("usage-line")).toHaveText("Uses 8 s of video · 8 s used this month");
});

test("the create form explains what is wrong before anything is sent", async ({ page, newUser }) => {
  await new AuthPages(page).signUp(newUser);
  await new StudioPage(page).openCreate();
  await page.getByTestId("generate").click();
  await expect(page.getByTestId("prompt-error")).toHaveText("Write a prompt.");
  await expect(page.getByTestId("generation-card")).toHaveCount(0);
});
