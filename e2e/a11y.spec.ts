import type { Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { AuthPages } from "./pages/auth-pages";
import { StudioPage } from "./pages/studio-page";
import { expectAxeClean } from "./support/axe";

/** Full-page screenshots of each screen are kept as test artifacts (not committed). */
const shoot = (page: Page, testInfo: TestInfo, name: string) =>
  page.screenshot({
    path: testInfo.outputPath(`${name}-${testInfo.project.name}.png`),
    // Whole page on phones; the desktop viewport shows the sticky header where it belongs.
    fullPage: testInfo.project.name === "phone",
  });

test("create, gallery and generation page have no serious accessibility violations", async ({
  page,
  newUser,
}, testInfo) => {
  await new AuthPages(page).signUp(newUser);
  const studio = new StudioPage(page);
  await studio.openCreate();
  await expectAxeClean(page, testInfo, "create");
  await shoot(page, testInfo, "create");

  const prompt = `Northern lights over a cabin ${newUser.email}`;
  await page.getByLabel("Prompt", { exact: true }).fill(prompt);
  await page.getByTestId("generate").click();
  const card = studio.card(prompt);
  await expect(card).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
  await expectAxeClean(page, testInfo, "gallery");
  await shoot(page, testInfo, "gallery");

  await card.getByTestId("card-link").click();
  await expect(page.getByTestId("generation-page")).toBeVisible();
  await expectAxeClean(page, testInfo, "generation");
  await shoot(page, testInfo, "generation");
});
