/**
 * The upstream cannot be reached at all (nothing listens on its port). On the production build,
 * the refused connection must be told apart from a lost answer — by the error codes inside
 * fetch's TypeError/AggregateError (lib/grok/transport.ts) — so the video fails as "nothing was
 * sent or charged", the seconds come back, and it is never left as "maybe sent".
 */
import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { freePort, startAppServer, type AppServer } from "../support/app-server";
import { generationByPrompt, usedSeconds } from "../support/simulator";

const unreachable = test.extend<{ app: AppServer }>({
  app: async ({}, use) => {
    // A port nobody listens on: every connection is refused before a byte is sent.
    const closed = `http://127.0.0.1:${await freePort()}`;
    const app = await startAppServer({
      env: {
        ACEDATA_API_TOKEN: "token-for-a-server-that-is-not-there",
        ACEDATA_BASE_URL: closed,
        ACEDATA_MEDIA_HOSTS: closed,
        APP_URL: undefined,
      },
      label: "unreachable",
    });
    await use(app);
    await app.dispose();
  },
  baseURL: async ({ app }, use) => use(app.url),
});

unreachable(
  "an upstream that refuses the connection: failed, nothing sent or charged, seconds back",
  async ({ page, baseURL, signedIn: { studio } }) => {
    const prompt = `Unreachable ${randomBytes(4).toString("hex")}: a kite over a field`;
    await studio.create(prompt);
    await expect
      .poll(async () => (await generationByPrompt(page.request, baseURL!, prompt))?.state, {
        timeout: 60_000,
      })
      .toBe("failed");
    const stored = (await generationByPrompt(page.request, baseURL!, prompt))!;
    expect(stored.errorCode).toBe("network");
    expect(stored.errorMessage).toMatch(/could not reach Grok, so nothing was sent or charged/);
    await expect(
      page.getByTestId("queue-failure").filter({ hasText: prompt }).getByTestId("failure-reason"),
    ).toHaveText(stored.errorMessage!);
    expect(await usedSeconds(page.request, baseURL!)).toBe(0);
  },
);
