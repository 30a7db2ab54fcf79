import { expect, test } from "./videos";

test("the workspace name has room in the header, and its full name is at hand", async ({
  page,
  studio,
  newUser,
}) => {
  await expect(studio.panel).toBeAttached();
  const name = page.getByTestId("workspace-name");
  await expect(name).toBeVisible();
  const full = (await name.textContent())!;
  expect(full).toContain(newUser.name.split(" ")[0]!);
  await expect(page.getByTestId("workspace-switcher")).toHaveAttribute("title", full);
  // Not cut off: the text fits the room it is given.
  expect(await name.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  // The bell is there on every width; on a phone the theme switch moves into the account menu.
  await expect(page.getByTestId("inbox-bell")).toBeVisible();
  if (test.info().project.name === "phone") {
    await expect(page.getByTestId("theme-toggle")).toBeHidden();
    const dark = () => page.evaluate(() => document.documentElement.classList.contains("dark"));
    const before = await dark();
    await page.getByTestId("user-menu").click();
    await page.getByTestId("menu-theme").click();
    await expect.poll(dark).toBe(!before);
  }
});
