import { expect, test } from "./fixtures";

test("an owner sets quotas on the usage page and the create panel keeps to them", async ({
  page,
  newUser,
  signedIn,
}, testInfo) => {
  // The narrowest phone the page promises to fit.
  if (testInfo.project.name === "phone") await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/usage");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Usage in");
  await expect(page.getByTestId("chart-summary")).toHaveText("No video this month yet.");
  await expect(page.getByTestId("refund-line")).toContainText("refunded automatically");

  const row = page.locator(`[data-testid="usage-row"][data-email="${newUser.email}"]`);
  const mine = row.getByLabel(`Monthly quota for ${newUser.name} (seconds)`);
  // A typo is refused with a plain message and nothing is saved.
  await mine.fill("-5");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("A quota cannot be negative.")).toBeVisible();

  await mine.fill("20");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Quota for ${newUser.name}: 20 s a month.`)).toBeVisible();
  await expect(row.getByTestId("used")).toHaveText("0 s of 20 s");

  const workspace = page.getByTestId("workspace-quota");
  await workspace.getByLabel("Monthly quota for the workspace (seconds)").fill("6");
  await workspace.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("workspace-used")).toContainText("0 s of 6 s · 6 s left");

  // The page fits a phone: the table scrolls inside its own box, never the page.
  // Against the viewport we set: a phone's layout viewport widens to fit wide content, so
  // innerWidth would hide the very overflow this looks for.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
  await expect(page.getByTestId("daily-chart").locator("svg").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("usage.png"), fullPage: true });

  await page.goto("/studio");
  await signedIn.studio.openCreate();
  // The default duration (8 s) does not fit the workspace's 6 s: Generate is off, and says why.
  await expect(page.getByTestId("usage-line")).toHaveText(
    /This video needs 8 s but the workspace has only 6 s of its 6 s left this month/,
  );
  await expect(page.getByTestId("generate")).toBeDisabled();
  await page.getByTestId("duration").fill("6");
  await expect(page.getByTestId("usage-line")).toHaveText(
    "Uses 6 s · 20 s of your 20 s left this month · workspace: 6 s left",
  );
  await expect(page.getByTestId("generate")).toBeEnabled();
});

test("with prices set, the create panel shows what it will cost, usage shows money, and a budget refuses what passes it", async ({
  page,
  newUser,
  signedIn,
}) => {
  await page.goto("/usage");
  // No prices yet: everything in seconds, and the admin is told how to set them.
  await expect(page.getByTestId("workspace-cost")).toHaveCount(0);
  await page.getByTestId("price-grok-imagine-video").fill("0.05 a second");
  await page.getByRole("button", { name: "Save prices" }).click();
  await expect(page.getByText("Enter a price in dollars, like 0.05.")).toBeVisible();
  await page.getByTestId("price-grok-imagine-video").fill("0.05");
  await page.getByRole("button", { name: "Save prices" }).click();
  await expect(page.getByText("Prices saved: new videos are priced with them.")).toBeVisible();
  await expect(page.getByTestId("workspace-cost")).toHaveText("$0.00 spent · no monthly budget");

  await page.goto("/studio");
  await signedIn.studio.openCreate();
  await expect(page.getByTestId("model-cost")).toHaveText(
    "Cost: $0.05 a second here (the price your team set).",
  );
  await page.getByTestId("duration").fill("6");
  await page.getByTestId("batch-2").click();
  await expect(page.getByTestId("generate")).toHaveText("Generate 2 · 12 s · $0.60");
  await page.getByTestId("batch-1").click();
  const prompt = `A lantern on a jetty ${newUser.email}`;
  await signedIn.studio.create(prompt, { durationSec: 6 });
  await expect(signedIn.studio.card(prompt)).toBeVisible();

  await page.goto("/usage");
  await expect(page.getByTestId("workspace-cost")).toHaveText("$0.30 spent · no monthly budget");
  const row = page.locator(`[data-testid="usage-row"][data-email="${newUser.email}"]`);
  await expect(row.getByTestId("cost")).toHaveText("$0.30");
  await expect(page.getByTestId("usage-model")).toHaveText(["Grok Imagine6 s$0.30"]);
  await expect(page.getByTestId("chart-summary")).toContainText("$0.30 spent on 1 day");

  await row.getByLabel(`Monthly budget for ${newUser.name} ($)`).fill("5");
  await row.getByTestId("member-budget").getByRole("button", { name: "Save" }).click();
  await expect(page.getByText(`Budget for ${newUser.name}: $5.00 a month.`)).toBeVisible();

  await page.getByTestId("workspace-budget").getByLabel("Monthly budget for the workspace ($)").fill("0.50");
  await page.getByTestId("workspace-budget").getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("workspace-cost")).toHaveText("$0.30 of $0.50 · $0.20 left");

  // The next 6 s ($0.30) would pass the budget: refused before anything is sent, saying so.
  await page.goto("/studio");
  await signedIn.studio.create(`Another lantern ${newUser.email}`, { durationSec: 6 });
  await expect(
    page.getByText("This video costs $0.30; the workspace has $0.20 of its $0.50 monthly budget left."),
  ).toBeVisible();
});
