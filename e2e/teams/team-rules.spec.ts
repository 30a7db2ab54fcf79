import { randomBytes } from "node:crypto";
import { expect, test } from "../fixtures";
import { TeamPages } from "../pages/team-pages";

/**
 * A team's rules, set by its admin in Settings, on the production build: past the submits per
 * minute a member's next videos wait in the queue with their time shown — nobody is refused or
 * has to type a prompt again — and what waits can still be canceled before anything is sent.
 */
test("past the team's submits per minute a ×2 waits its turn in the queue instead of being refused", async ({
  page,
  signedIn: { studio, sim },
}) => {
  test.setTimeout(120_000);
  const id = randomBytes(3).toString("hex");
  const team = new TeamPages(page);
  await team.createTeam(`Pace club ${id}`);
  // A link invite is never "resent" (it went nowhere), and the activity says what it is.
  await team.invite("", "member");
  const linkInvite = page.getByTestId("pending-invite").and(page.locator('[data-email=""]'));
  await expect(linkInvite.getByTestId("renew-invite")).toHaveText("New link");
  await page.reload();
  await expect(page.getByTestId("activity-item").first()).toContainText(
    "made an invite link for a new member",
  );

  await page.goto("/settings");
  const rules = page.getByTestId("workspace-rules");
  await rules.getByLabel("Submits per member per minute").fill("0");
  await rules.getByRole("button", { name: "Save rules" }).click();
  await expect(rules.getByTestId("submitsPerMinute-error")).toHaveText("At least 1 submit a minute.");
  await rules.getByLabel("Submits per member per minute").fill("1");
  await rules.getByRole("button", { name: "Save rules" }).click();
  await expect(page.getByText("Team rules saved")).toBeVisible();

  await page.goto("/studio");
  const first = `Pace ${id}: gulls over a pier`;
  await studio.fill(first);
  await page.getByTestId("batch-2").click();
  await page.getByTestId("generate").click();
  await expect(page.locator("[data-sonner-toast]").filter({ hasText: "Generating 2 videos" })).toBeVisible();

  const second = `Pace ${id}: gulls over a harbour`;
  await studio.fill(second);
  await page.getByTestId("generate").click();
  const pacedToast = page
    .locator("[data-sonner-toast]")
    .filter({ hasText: "Past this workspace's submits per minute" });
  await expect(pacedToast).toBeVisible();
  // The held ×2 is one entry of the in-progress list, opened on demand to each variation.
  const entry = page.getByTestId("queue-batch").filter({ hasText: second });
  await expect(entry.getByTestId("queue-batch-summary")).toHaveText("2 variations · 2 in line");
  // The toast does not sit on the in-progress list it talks about. Measured while it shows: a
  // toast leaves after a few seconds, and waiting for "a" toast then waits for the next one.
  const toast = (await pacedToast.boundingBox({ timeout: 5_000 }))!;
  for (const item of await page.getByTestId("queue-batch").all()) {
    const box = (await item.boundingBox())!;
    const overlaps =
      toast.x < box.x + box.width &&
      box.x < toast.x + toast.width &&
      toast.y < box.y + box.height &&
      box.y < toast.y + toast.height;
    expect(overlaps, "a toast covers a queue item").toBe(false);
  }
  await expect(entry.getByTestId("queue-item")).toHaveCount(0);
  await entry.getByTestId("queue-batch-toggle").click();
  const held = entry.getByTestId("queue-item");
  await expect(held).toHaveCount(2);
  for (const item of await held.all()) {
    await expect(item.getByTestId("queue-position")).toContainText(
      "held by this workspace's submits per minute",
    );
    await expect(item.getByTestId("remaining")).toHaveText(/^sent in \d+ s$/);
  }
  expect(await sim.submitsFor(second)).toBe(0);

  // Still the creator's to take back: canceled before it was sent, nothing charged.
  await held.first().getByRole("button", { name: "Cancel" }).click();
  await expect(held).toHaveCount(1);
  await held.first().getByRole("button", { name: "Cancel" }).click();
  await expect(entry).toHaveCount(0);
  expect(await sim.submitsFor(second)).toBe(0);
  expect(await sim.submitsFor(first)).toBe(2);
});
