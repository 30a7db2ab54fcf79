import { linkIn } from "../lib/testing/mailbox";
import { expect } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";
import { CHECK_INBOX, signUpAndConfirm, withMail } from "./support/with-mail";

withMail.describe("accounts with real mail", () => {
  withMail.describe.configure({ timeout: 120_000 });
  withMail.afterEach(async ({ app }, testInfo) => {
    if (testInfo.status !== testInfo.expectedStatus)
      await testInfo.attach("app.log", { body: app.logs(), contentType: "text/plain" });
  });
  withMail(
    "a forgotten password is reset through the mailed link, which signs out every device and works once",
    async ({ page, browser, mailbox, app, newUser }) => {
      const auth = new AuthPages(page);
      await signUpAndConfirm(page, mailbox, app, newUser);

      const otherDevice = await browser.newContext({ baseURL: app.url });
      const otherPage = await otherDevice.newPage();
      await new AuthPages(otherPage).signIn(newUser.email, newUser.password);
      await new AuthPages(otherPage).expectInStudio(`${newUser.name}'s studio`);

      await auth.signOut();
      const since = Date.now();
      await auth.requestPasswordReset(newUser.email);
      await expect(page.getByTestId("form-notice")).toHaveText(
        "If an account uses this address, we sent it a link. It works for one hour.",
      );
      const mail = await mailbox.waitFor(newUser.email, { subject: /Reset your/, since });
      const link = linkIn(mail, `${app.url}/reset-password/`);

      await page.goto(link);
      await auth.chooseNewPassword("a new password", "a different one");
      await expect(page.getByTestId("confirm-error")).toHaveText("The two passwords do not match.");
      await auth.chooseNewPassword("a new password");
      await expect(page).toHaveURL(/\/sign-in\?reset=done/);
      await expect(page.getByTestId("form-notice")).toContainText("Your password is changed");

      await auth.signIn(newUser.email, newUser.password);
      await expect(page.getByTestId("form-error")).toHaveText(
        "That email and password do not match an account.",
      );
      await auth.signIn(newUser.email, "a new password");
      await auth.expectInStudio(`${newUser.name}'s studio`);

      // The other device's session was revoked by the reset.
      await otherPage.goto("/studio");
      await expect(otherPage).toHaveURL(/\/sign-in/);
      await otherDevice.close();

      await auth.signOut();
      await page.goto(link);
      await expect(page.getByTestId("reset-link-problem")).toHaveText(
        "This link was already used, or a newer link replaced it.",
      );
      await page.getByRole("link", { name: "Ask for a new link" }).click();
      await expect(page).toHaveURL(/\/forgot-password$/);
    },
  );

  withMail(
    "signing up with a taken address looks exactly like a new one; the owner gets a note",
    async ({ page, mailbox, app, newUser }) => {
      await signUpAndConfirm(page, mailbox, app, newUser);
      await new AuthPages(page).signOut();

      const since = Date.now();
      await new AuthPages(page).signUp({ ...newUser, name: "Mallory", password: "mallory's password" });
      await expect(page.getByTestId("form-notice")).toHaveText(CHECK_INBOX(newUser.email));
      const note = await mailbox.waitFor(newUser.email, { subject: /tried to sign up/, since });
      expect(linkIn(note, `${app.url}/forgot-password`)).toBe(`${app.url}/forgot-password`);

      await new AuthPages(page).signIn(newUser.email, newUser.password);
      await new AuthPages(page).expectInStudio(`${newUser.name}'s studio`);
    },
  );

  withMail(
    "an unconfirmed account is asked to confirm its address first, even with the right password",
    async ({ page, mailbox, newUser }) => {
      const auth = new AuthPages(page);
      await auth.signUp(newUser);
      await expect(page.getByTestId("form-notice")).toHaveText(CHECK_INBOX(newUser.email));
      await mailbox.waitFor(newUser.email, { subject: /Finish signing up/ });

      await auth.signIn(newUser.email, "not-the-password");
      await expect(page.getByTestId("form-error")).toHaveText(
        "That email and password do not match an account.",
      );
      await auth.signIn(newUser.email, newUser.password);
      // The first link left less than a minute ago, so no second one yet.
      await expect(page.getByTestId("form-error")).toHaveText(
        "Confirm your email first: use the link we sent you a moment ago.",
      );
    },
  );
});
