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
});
