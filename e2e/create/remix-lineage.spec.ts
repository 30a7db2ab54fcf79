/**
 * A remix is recorded as one only for the submit that came from it: the banner and the lineage
 * end when that generation is sent (or the prompt is cleared); the next, unrelated one has none.
 */
import { expect as baseExpect, test } from "../fixtures";
import { ONE_LAYOUT } from "../support/layouts";
import { StudioPage } from "../pages/studio-page";

// Sign-up, uploads and generations are slow on a loaded machine: wait on visible states, longer.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 300_000 });

test(
  "lineage only for the remix submit; the next generation, and a cleared prompt, are no remix",
  ONE_LAYOUT,
  async ({ page, newUser }) => {
    const studio = await StudioPage.signUp(page, newUser);
    const source = `A kite over the dunes ${newUser.email}`;
    await studio.create(source);
    await expect(studio.card(source)).toHaveAttribute("data-state", "ready", { timeout: 45_000 });

    const promptBox = page.getByLabel("Prompt", { exact: true });
    await studio.card(source).getByTestId("remix-link").click();
    await studio.openCreate();
    await expect(page.getByTestId("remix-banner")).toBeVisible();
    await expect(promptBox).toHaveValue(source);
    const remix = `A kite over the dunes at night ${newUser.email}`;
    await promptBox.fill(remix);
    await page.getByTestId("generate").click();
    await expect(page.getByTestId("queue-item").filter({ hasText: remix }).first()).toBeVisible();

    await studio.openCreate();
    await expect(page.getByTestId("remix-banner")).toHaveCount(0);
    const unrelated = `A tram in the rain ${newUser.email}`;
    await promptBox.fill(unrelated);
    await page.getByTestId("generate").click();

    // Remixing, then clearing the prompt: a new idea, no longer a remix.
    await expect(studio.card(remix)).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
    await studio.card(source).getByTestId("remix-link").click();
    await studio.openCreate();
    await expect(page.getByTestId("remix-banner")).toBeVisible();
    await promptBox.fill("");
    await expect(page.getByTestId("remix-banner")).toHaveCount(0);

    // The video pages say it: the remix names its source, the unrelated one has no lineage.
    await expect(studio.card(unrelated)).toHaveAttribute("data-state", "ready", { timeout: 45_000 });
    const pageOf = async (prompt: string) =>
      (await studio.card(prompt).getByTestId("card-link").getAttribute("href"))!;
    const [remixPage, unrelatedPage] = [await pageOf(remix), await pageOf(unrelated)];
    await page.goto(remixPage);
    await expect(page.getByTestId("remixed-from")).toContainText("A kite over the dunes");
    await page.goto(unrelatedPage);
    await expect(page.getByTestId("generation-page")).toBeVisible();
    await expect(page.getByTestId("lineage")).toHaveCount(0);
  },
);
