/**
 * A team, end to end on the production build with a real SMTP server: the owner creates a team
 * and invites a second person by email; they sign up from the mail's link and generate; the owner
 * sees the video with its creator's name, sets their quota, demotes them to viewer, and their
 * create panel is gone. Two browser contexts (two people), on a desktop and on a phone.
 */
import { randomBytes } from "node:crypto";
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { linkIn, startMailbox, type Mailbox } from "../../lib/testing/mailbox";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { expectPlaying, pixel7, shareFromCard } from "../share/share-world";
import { StudioPage } from "../pages/studio-page";
import { TeamPages } from "../pages/team-pages";
import { FILE_URL_SECONDS } from "../../lib/queries/file-urls";

let mailbox: Mailbox;
let server: AppServer;

test.beforeAll(async () => {
  mailbox = await startMailbox();
  server = await startAppServer({
    env: { ...demoEnv(3_000), SMTP_URL: mailbox.url },
    appUrlIsSelf: true,
    label: "teams",
  });
});
test.afterAll(async () => {
  await server?.dispose();
  await mailbox?.close();
});

/** A second person in their own browser, with the project's device (a phone on the phone project). */
async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
  return { context, page: await context.newPage() };
}

/** Signs up; where mail really leaves, the address is confirmed from the mail's link first. */
async function signUp(page: Page, person: { name: string; email: string; password: string }) {
  const since = Date.now();
  await page.goto(`${server.url}/sign-up`);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password", { exact: true }).fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText(/check your inbox/i).or(page.getByTestId("workspace-name"))).toBeVisible();
  if (!/\/studio/.test(page.url())) {
    const mail = await mailbox.waitFor(person.email, { subject: /Finish signing up/, since });
    await page.goto(linkIn(mail, `${server.url}/confirm-email/`));
    await page.getByRole("button", { name: "Finish signing up" }).click();
  }
  // Signing in hashes with argon2: slow on a loaded machine.
  await expect(page).toHaveURL(/\/studio/, { timeout: 30_000 });
}

test("a team works in one workspace: invite by mail, join, generate, manage", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const id = randomBytes(3).toString("hex");
  const owner = { name: `Olga ${id}`, email: `olga-${id}@example.test`, password: `pw-${id}-long-enough` };
  const mia = { name: `Mia ${id}`, email: `mia-${id}@example.test`, password: `pw-${id}-also-long` };
  const teamName = `Film club ${id}`;
  const team = new TeamPages(page);

  await signUp(page, owner);
  await team.createTeam(teamName);
  const since = Date.now();
  await team.invite(mia.email, "member");
  await expect(page.getByTestId("invite-link-box")).toContainText(`Invite mailed to ${mia.email}`);
  await expect(page.getByTestId("pending-invite")).toHaveAttribute("data-email", mia.email);

  // Mia, in her own browser, follows the mailed link and signs up through it.
  const second = await newPerson(browser);
  const mail = await mailbox.waitFor(mia.email, { subject: new RegExp(`invited you to ${teamName}`), since });
  await second.page.goto(linkIn(mail, `${server.url}/invite/`));
  await expect(second.page.getByTestId("invite-summary")).toContainText(`as a member`);
  await second.page.getByTestId("invite-sign-up").click();
  await expect(second.page.getByLabel("Email")).toHaveValue(mia.email);
  await second.page.getByLabel("Name").fill(mia.name);
  await second.page.getByLabel("Password", { exact: true }).fill(mia.password);
  await second.page.getByRole("button", { name: "Create account" }).click();
  await expect(second.page).toHaveURL(/\/studio/);
  await expect(second.page.getByTestId("workspace-name")).toHaveText(teamName);

  // She generates; the owner sees it in the shared gallery, credited to her.
  const prompt = `A lantern festival seen from a rooftop ${id}`;
  const miaStudio = new StudioPage(second.page);
  await miaStudio.create(prompt);
  // Finished on her side first: another member's open gallery does not refresh by itself yet.
  await expect(miaStudio.card(prompt)).toBeVisible({ timeout: 60_000 });
  await page.goto(`${server.url}/studio`);
  const card = new StudioPage(page).card(prompt);
  await expect(card).toBeVisible({ timeout: 60_000 });
  await expect(card.getByTestId("card-creator")).toHaveText(mia.name);

  // She shares it behind a password, once its copy is saved.
  await second.page.goto(`${server.url}/studio`);
  await expect(miaStudio.card(prompt)).toHaveAttribute("data-saved", "stored", { timeout: 60_000 });
  const sharedUrl = await shareFromCard(second.page, miaStudio.card(prompt), { password: "lantern-night" });
  // Her card plays from a stable address checked on every request; the file URLs the page holds
  // (its poster here) are signed for minutes, not hours.
  const videoId = await miaStudio.card(prompt).getAttribute("data-id");
  const playPath = `${server.url}/api/generations/${videoId}/video`;
  await expectVideo(second.page, playPath);
  const posterSrc = await miaStudio.card(prompt).getByTestId("generation-poster").getAttribute("src");
  const posterUrl = new URL(posterSrc!, server.url);
  const lifetime = Number(posterUrl.searchParams.get("exp")) - Date.now() / 1000;
  expect(lifetime).toBeGreaterThan(FILE_URL_SECONDS - 60);
  expect(lifetime).toBeLessThanOrEqual(FILE_URL_SECONDS + 5 * 60);

  // The owner sets her monthly quota on the usage page; her create panel shows it.
  await page.goto(`${server.url}/usage`);
  const row = page.getByTestId("usage-row").and(page.locator(`[data-email="${mia.email}"]`));
  await row.getByLabel(`Monthly quota for ${mia.name} (seconds)`).fill("120");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Quota for ${mia.name}: 120 s a month.`)).toBeVisible();
  await second.page.reload();
  await miaStudio.openCreate();
  await expect(second.page.getByTestId("usage-line")).toContainText("120");

  // Demoted to viewer: her create panel is gone, the gallery stays.
  await page.goto(`${server.url}/team`);
  await team.setRole(mia.email, "viewer");
  await second.page.reload();
  await expect(second.page.getByTestId("create-panel")).toHaveCount(0);
  await expect(second.page.getByTestId("open-create")).toHaveCount(0);
  await expect(second.page.getByText("You can watch this workspace's videos")).toBeVisible();
  await expect(new StudioPage(second.page).card(prompt)).toBeVisible();

  // The activity says who did what.
  await page.reload();
  const actions = await page
    .getByTestId("activity-item")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-action")));
  expect(actions).toEqual(
    expect.arrayContaining(["invite.created", "member.joined", "generation.created", "member.role_changed"]),
  );
  // Removed from the team: the link she made stops at once; the owner makes it again, same password.
  await page.goto(`${server.url}/team`);
  await team.removeMember(mia.email);
  expect((await page.request.get(sharedUrl)).status()).toBe(410);
  // Her way to the team's videos is closed at once too; the owner's is not.
  expect((await second.page.request.get(playPath)).status()).toBe(404);
  await expectVideo(page, playPath);
  await page.goto(`${server.url}/links`);
  const stopped = page.getByTestId("stopped-share-links").getByTestId("share-link");
  await expect(stopped).toHaveCount(1);
  await expect(stopped).toContainText(`by ${mia.name}`);
  await stopped.getByTestId("remake-share-link").click();
  const remade = await stopped.getByTestId("remade-share-url").inputValue();
  expect(remade).not.toBe(sharedUrl);
  const visitor = await browser.newContext();
  const shown = await visitor.newPage();
  await shown.goto(remade);
  await shown.getByLabel("Password").fill("lantern-night");
  await shown.getByRole("button", { name: "Watch" }).click();
  await expectPlaying(shown.locator("video"));
  await visitor.close();
  await second.context.close();
});

test("a client's Make one like this survives sign-up and its mail: their new studio opens with the prompt, on a phone", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const id = randomBytes(3).toString("hex");
  const maker = { name: `Ines ${id}`, email: `ines-${id}@example.test`, password: `pw-${id}-long-enough` };
  const client = { name: `Kofi ${id}`, email: `kofi-${id}@example.test`, password: `pw-${id}-also-long` };
  const prompt = `Paper boats racing down a rainy gutter ${id}`;
  await signUp(page, maker);
  const studio = new StudioPage(page);
  await studio.create(prompt);
  await expect(studio.card(prompt)).toHaveAttribute("data-saved", "stored", { timeout: 60_000 });
  const sharedUrl = await shareFromCard(page, studio.card(prompt), { prompt: true });

  // The client has no account: the link's button must not drop them at a bare sign-in form.
  const phone = await pixel7(browser, server.url);
  const shown = await phone.newPage();
  await shown.goto(sharedUrl);
  await shown.getByTestId("make-one-like-this").tap();
  await expect(shown.getByTestId("sign-in-purpose")).toHaveText(/Sign in to make a video like this one/);
  await shown.getByRole("link", { name: "Create an account" }).tap();
  await expect(shown.getByTestId("sign-up-intro")).toHaveText(
    /Create an account to make a video like this one/,
  );
  await shown.waitForLoadState("networkidle");
  const since = Date.now();
  await shown.getByLabel("Name").fill(client.name);
  await shown.getByLabel("Email").fill(client.email);
  await shown.getByLabel("Password", { exact: true }).fill(client.password);
  await shown.getByRole("button", { name: "Create account" }).tap();
  await expect(shown.getByText(/check your inbox/i)).toBeVisible();
  // The promise of a ready workspace is not repeated above "check your inbox".
  await expect(shown.getByTestId("sign-up-intro")).toHaveCount(0);

  // A day later, on the same phone, from the mail: the link still knows where they were going.
  const mail = await mailbox.waitFor(client.email, { subject: /Finish signing up/, since });
  await shown.goto(linkIn(mail, `${server.url}/confirm-email/`));
  await expect(shown.getByText("Confirm your email, then make a video like this one.")).toBeVisible();
  await shown.getByRole("button", { name: "Finish signing up" }).tap();
  await expect(shown).toHaveURL(/\/studio\?.*model=/, { timeout: 60_000 });
  await expect(shown.getByTestId("workspace-name")).toContainText(client.name.split(" ")[0]!);
  // On a phone the create sheet opens by itself, holding the prompt in view.
  await expect(shown.getByTestId("create-sheet")).toHaveAttribute("data-state", "open");
  await expect(shown.getByLabel("Prompt", { exact: true })).toBeInViewport();
  await expect(shown.getByLabel("Prompt", { exact: true })).toHaveValue(prompt);
  await phone.close();
});

/** The video this person gets from a video's play address. */
async function expectVideo(page: Page, playPath: string) {
  const response = await page.request.get(playPath);
  expect(response.status(), await response.text()).toBe(200);
  expect(response.headers()["content-type"]).toBe("video/mp4");
}
