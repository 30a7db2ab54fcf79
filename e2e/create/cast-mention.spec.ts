/**
 * The cast in the create panel: "@" in the prompt offers the workspace's characters, a pick writes
 * the mention, and the submit sends the character's pictures as reference images and its
 * description with the prompt (lib/characters/apply-cast.ts) — on a desktop by keys, on a phone by
 * a tap in the create sheet.
 */
import path from "node:path";
import { expect as baseExpect, test } from "../fixtures";

const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 180_000 });

test("@ in the prompt offers the cast; the pick sends its pictures and description", async ({
  page,
  signedIn: { studio, sim },
  isMobile,
}) => {
  const tag = Math.random().toString(36).slice(2, 8);
  const description = `a diver in a red suit ${tag}`;
  await page.goto("/storyboards");
  const character = page.getByTestId("new-character");
  await character.getByLabel("Name").fill("Diver");
  await character.getByLabel("Description").fill(description);
  await character
    .getByLabel(/Pictures/)
    .setInputFiles(["ref-1.jpg", "ref-2.webp"].map((f) => path.join("e2e/fixtures/images", f)));
  await page.getByTestId("add-character").click();
  await expect(page.getByTestId("character")).toContainText("@Diver");

  await page.goto("/studio");
  await studio.openCreate();
  const prompt = page.getByLabel("Prompt", { exact: true });
  const start = `A reef at noon ${tag},`;
  await prompt.fill(start);
  await prompt.pressSequentially(" @di");
  const picker = page.getByTestId("cast-picker");
  await expect(picker).toContainText("@Diver");
  await expect(picker).toContainText(description);
  if (isMobile) await picker.getByRole("option", { name: /@Diver/ }).tap();
  else await prompt.press("Enter");
  await expect(picker).toBeHidden();
  await expect(prompt).toHaveValue(`${start} @Diver `);
  // The caret is after the mention: typing goes on from there.
  await prompt.pressSequentially("swims");
  await expect(prompt).toHaveValue(`${start} @Diver swims`);
  await page.getByTestId("generate").click();

  await expect
    .poll(async () => (await sim.submitBodiesStartingWith(start)).length, { timeout: 45_000 })
    .toBe(1);
  const [sent] = await sim.submitBodiesStartingWith(start);
  expect(sent!.prompt).toBe(`${start} @Diver swims\n\n@Diver: ${description}`);
  expect(sent!.reference_image_urls).toHaveLength(2);
});
