import { execFileSync } from "node:child_process";
import path from "node:path";
import { linkIn } from "../../lib/testing/mailbox";
import { expect } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { StudioPage } from "../pages/studio-page";
import { signUpAndConfirm, withMail } from "../support/with-mail";

/** Settings → Account on the production build, with mail that really leaves (support/with-mail.ts). */
withMail.describe("one's own account", () => {
  withMail.describe.configure({ timeout: 120_000 });
  withMail.afterEach(async ({ app }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach("app.log", { body: app.logs(), contentType: "text/plain" });
  });

  withMail(
    "a new name shows at once, a new address only through its link, and a new password signs out the other devices",
    async ({ page, browser, mailbox, app, newUser }) => {
      await signUpAndConfirm(page, mailbox, app, newUser);
      const laptop = await browser.newContext({ baseURL: app.url });
      const otherPage = await laptop.newPage();
      await new AuthPages(otherPage).signIn(newUser.email, newUser.password);
      await expect(otherPage).toHaveURL(/\/studio/);

      await page.goto("/settings");
      await page.getByTestId("account-name").fill("Ada Lovelace");
      await page.getByTestId("save-name").click();
      await expect(page.getByText("Name saved")).toBeVisible();
      await page.getByTestId("user-menu").click();
      await expect(page.getByRole("menu")).toContainText("Ada Lovelace");
      await page.keyboard.press("Escape");

      // The address: a wrong password first, then the link mailed to the new one.
      const moved = newUser.email.replace("@", "+moved@");
      await page.getByLabel("New email address").fill(moved);
      await page.getByLabel("Current password").first().fill("not my password");
      await page.getByRole("button", { name: "Change email" }).click();
      await expect(page.getByText("That is not your current password.").first()).toBeVisible();
      const since = Date.now();
      await page.getByLabel("Current password").first().fill(newUser.password);
      await page.getByRole("button", { name: "Change email" }).click();
      await expect(page.getByTestId("email-change-sent")).toContainText(`We sent a link to ${moved}`);
      await expect(page.getByTestId("account-email")).toHaveText(newUser.email);
      const mail = await mailbox.waitFor(moved, { subject: /Confirm your new/, since });
      await page.goto(linkIn(mail, `${app.url}/confirm-email-change/`));
      await page.getByTestId("confirm-email-change").click();
      await expect(page.getByTestId("email-change-done")).toHaveText(
        `Done: your account now signs in with ${moved}.`,
      );
      await mailbox.waitFor(newUser.email, { subject: /address was changed/, since });
      await page.goto("/settings");
      await expect(page.getByTestId("account-email")).toHaveText(moved);

      // The password: this browser stays signed in, the laptop is signed out.
      await page.getByLabel("Current password").nth(1).fill(newUser.password);
      await page.getByLabel("New password").fill("a brand new password");
      await page.getByRole("button", { name: "Change password" }).click();
      await expect(page.getByText("Password changed. Your other devices are signed out.")).toBeVisible();
      await page.reload();
      await expect(page).toHaveURL(/\/settings$/);
      await otherPage.goto("/studio");
      await expect(otherPage).toHaveURL(/\/sign-in/);
      await new AuthPages(otherPage).signIn(moved, "a brand new password");
      await expect(otherPage).toHaveURL(/\/studio/);
      await laptop.close();
    },
  );

  withMail(
    "download my videos gives every video with its prompt; deleting the account says what goes first, then frees the address",
    async ({ page, mailbox, app, newUser }) => {
      await signUpAndConfirm(page, mailbox, app, newUser);
      const studio = new StudioPage(page);
      const prompt = `A kite over dunes ${newUser.email}`;
      await studio.create(prompt, { aspectRatio: "16:9" });
      await expect(studio.card(prompt)).toHaveAttribute("data-state", "ready", { timeout: 45_000 });

      await page.goto("/settings");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByTestId("export-videos").click(),
      ]);
      const file = path.join(withMail.info().outputDir, "my-videos.zip");
      await download.saveAs(file);
      const listing = execFileSync("unzip", ["-Z1", file]).toString().trim().split("\n");
      expect(listing).toEqual([
        "videos.json",
        expect.stringMatching(/^Ada .+'s studio\/a-kite-over-dunes-.+\.mp4$/),
      ]);
      const manifest = JSON.parse(execFileSync("unzip", ["-p", file, "videos.json"]).toString());
      expect(manifest.videos).toEqual([
        expect.objectContaining({ prompt, aspectRatio: "16:9", state: "ready", file: listing[1] }),
      ]);
      // The file is the stored video, byte for byte: the same as its own Download gives.
      const video = execFileSync("unzip", ["-p", file, listing[1]!], { maxBuffer: 64 << 20 });
      const stored = await page.request.get(`/api/generations/${manifest.videos[0].id}/download`);
      expect(video.equals(await stored.body())).toBe(true);

      const form = page.getByTestId("delete-account");
      await expect(form.getByTestId("deletion-plan")).toHaveText(
        `${newUser.name}'s studio is deleted with its 1 video.`,
      );
      const remove = form.getByRole("button", { name: "Delete my account" });
      await form.getByLabel(/Type your email/).fill("someone@else.test");
      await expect(remove).toBeDisabled();
      await form.getByLabel(/Type your email/).fill(newUser.email);
      await form.getByLabel("Current password").fill(newUser.password);
      await remove.click();
      await expect(page).toHaveURL(/\/sign-in\?deleted=done/);
      await expect(page.getByTestId("account-deleted")).toContainText("Your account is deleted");

      await new AuthPages(page).signIn(newUser.email, newUser.password);
      await expect(page.getByTestId("form-error")).toHaveText(
        "That email and password do not match an account.",
      );
      // The address is free for a new account.
      await signUpAndConfirm(page, mailbox, app, { ...newUser, name: "Ada Again" });
    },
  );
});
