import type { Page } from "@playwright/test";
import { linkIn, startMailbox, type Mailbox } from "../../lib/testing/mailbox";
import { expect, test } from "../fixtures";
import { AuthPages } from "../pages/auth-pages";
import { type AppServer, freePort, startAppServer } from "./app-server";

/**
 * Accounts with mail that really leaves: the production server gets SMTP_URL pointing at a real
 * SMTP server inside the test process (lib/testing/mailbox.ts), and the tests follow the links in
 * the mails the way a person would. One mailbox and one server per worker, shared by every spec
 * file that worker runs: each test signs up a user of its own and reads only that user's mail.
 */
export const withMail = test.extend<object, { mailbox: Mailbox; app: AppServer }>({
  mailbox: [
    async ({}, use) => {
      const mailbox = await startMailbox();
      await use(mailbox);
      await mailbox.close();
    },
    { scope: "worker" },
  ],
  app: [
    async ({ mailbox }, use) => {
      const port = await freePort();
      const app = await startAppServer({
        port,
        label: "accounts",
        env: { SMTP_URL: mailbox.url, APP_URL: `http://127.0.0.1:${port}` },
      });
      await use(app);
      await app.dispose();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ app }, use) => use(app.url),
});

export const CHECK_INBOX = (email: string) =>
  `Check your inbox: we sent a link to finish signing up to ${email}`;

/** Signs up, opens the confirmation link from the mail and lands in the studio. */
export async function signUpAndConfirm(
  page: Page,
  mailbox: Mailbox,
  app: AppServer,
  user: { name: string; email: string; password: string },
) {
  const since = Date.now();
  await new AuthPages(page).signUp(user);
  await expect(page.getByTestId("form-notice")).toHaveText(CHECK_INBOX(user.email));
  const mail = await mailbox.waitFor(user.email, { subject: /Finish signing up/, since });
  await page.goto(linkIn(mail, `${app.url}/confirm-email/`));
  await page.getByRole("button", { name: "Finish signing up" }).click();
  await new AuthPages(page).expectInStudio(`${user.name}'s studio`);
}
