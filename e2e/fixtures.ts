import { test as base, expect } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";
import { SimulatorControl } from "./support/simulator";

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

/**
 * Every test gets a fresh user identity and fails if the browser reported a Content-Security-Policy
 * violation at any point — the CSP must never break the app.
 */
export const test = base.extend<{
  newUser: TestUser;
  cspViolations: string[];
  /** `newUser`, signed up and in their studio, with the demo server's simulator at hand. */
  signedIn: { studio: StudioPage; sim: SimulatorControl };
}>({
  newUser: async ({}, use) => {
    const id = randomBytes(4).toString("hex");
    await use({ name: `Ada ${id}`, email: `ada-${id}@example.test`, password: `pw-${id}-long-enough` });
  },
  signedIn: async ({ page, newUser, baseURL }, use) => {
    await new AuthPages(page).signUp(newUser);
    await expect(page).toHaveURL(/\/studio/);
    await use({
      studio: new StudioPage(page),
      sim: new SimulatorControl(page.request, `${baseURL}/api/simulator`),
    });
  },
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy|Content-Security-Policy/i.test(message.text()))
          violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener("securitypolicyviolation", (event) => {
          console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(violations);
      expect(violations, "CSP violations during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
