import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { actionManifest, callAction } from "../access/call";
import { generationByPrompt, READ, usedSeconds } from "../support/simulator";

/**
 * "×1 ×2 ×4" on the create panel, on the production build: one Generate makes N alike videos,
 * each its own row and its own POST to the upstream (the simulator counts them), shown side by
 * side; a batch over quota makes nothing, and says how many would fit.
 */
test.describe.configure({ timeout: 150_000 });

interface ListedBatchRow {
  id: string;
  prompt: string;
  state: string;
  batch: { id: string; index: number; size: number } | null;
}

const rowsWithPrompt = async (page: Page, baseURL: string, prompt: string) => {
  const list = (await (
    await page.request.get(`${baseURL}/api/generations?status=all&limit=50`, READ)
  ).json()) as {
    items: ListedBatchRow[];
  };
  return list.items.filter((g) => g.prompt === prompt);
};

test("×4 makes four rows and four POSTs, and the four videos arrive side by side", async ({
  page,
  baseURL,
  signedIn: { studio, sim },
}) => {
  const prompt = `Batch ${randomBytes(3).toString("hex")}: paper lanterns rising over a lake`;
  await studio.fill(prompt);
  const picker = page.getByTestId("batch-picker");
  await expect(picker.getByRole("radio", { name: "×1" })).toBeChecked();
  await expect(page.getByTestId("generate")).toHaveText("Generate · 8 s");

  await page.getByTestId("batch-2").click();
  await expect(picker.getByRole("radio", { name: "×2" })).toBeChecked();
  await expect(page.getByTestId("generate")).toHaveText("Generate 2 · 16 s");
  await page.getByTestId("batch-4").click();
  await expect(page.getByTestId("generate")).toHaveText("Generate 4 · 32 s");
  await expect(page.getByTestId("usage-line")).toHaveText(
    "Uses 32 s (4 × 8 s) of video · 0 s used this month",
  );

  // The create panel with the picker is axe clean.
  const axe = await new AxeBuilder({ page }).include('[data-testid="create-panel"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // Every toast the page shows, as it appears (they leave by themselves).
  await page.evaluate(() => {
    const seen: string[] = ((window as unknown as { toastsSeen: string[] }).toastsSeen = []);
    new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes)
          if (node instanceof HTMLElement)
            // The toaster itself mounts with the first toast: a toast may come inside it.
            for (const toast of [node, ...node.querySelectorAll("[data-sonner-toast]")])
              if (toast.matches("[data-sonner-toast]")) seen.push(toast.textContent ?? "");
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.getByTestId("generate").click();
  await expect(
    page
      .locator("[data-sonner-toast]")
      .filter({ hasText: /Generating 4 videos/ })
      .first(),
  ).toBeVisible({ timeout: 20_000 });

  const cards = studio.card(prompt);
  await expect(cards).toHaveCount(4, { timeout: 20_000 });
  for (let i = 0; i < 4; i++)
    await expect(cards.nth(i)).toHaveAttribute("data-state", "ready", { timeout: 90_000 });
  await expect(cards.getByTestId("batch-label")).toHaveText(["1 of 4", "2 of 4", "3 of 4", "4 of 4"]);
  // One "ready" toast for the batch, none per video.
  const toastsSeen = () => page.evaluate(() => (window as unknown as { toastsSeen: string[] }).toastsSeen);
  await expect
    .poll(async () => (await toastsSeen()).filter((t) => /variations? (is|are) ready/.test(t)))
    .toEqual([expect.stringContaining(`All 4 variations are ready`)]);
  expect((await toastsSeen()).filter((t) => t.includes("Your video is ready"))).toEqual([]);

  // Side by side: the four are next to each other in the gallery.
  const order = await page
    .getByTestId("generation-card")
    .evaluateAll((els, p) => els.map((e) => e.textContent?.includes(p as string) ?? false), prompt);
  const first = order.indexOf(true);
  expect(order.slice(first, first + 4)).toEqual([true, true, true, true]);
  // On a wide screen the first two share a row (a phone gives a 16:9 video a row of its own).
  if ((page.viewportSize()?.width ?? 1280) >= 1024) {
    const [a, b] = [await cards.nth(0).boundingBox(), await cards.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x);
  }

  // Four rows of one batch, each its own POST and its own task upstream, 32 s counted. A POST
  // refused with 429 (a task an earlier test gave up on may still hold one of the token's slots
  // upstream) makes no task and costs nothing; the row waits and is sent again.
  const rows = await rowsWithPrompt(page, baseURL!, prompt);
  expect(rows).toHaveLength(4);
  expect(new Set(rows.map((r) => r.batch?.id)).size).toBe(1);
  expect(rows.map((r) => r.batch?.index).sort()).toEqual([1, 2, 3, 4]);
  const tasks = await sim.tasksFor(prompt);
  expect(tasks).toHaveLength(4);
  expect(await sim.submitsFor(prompt)).toBe(4 + (await sim.rateLimitedFor(prompt)));
  expect(await usedSeconds(page.request, baseURL!)).toBe(32);
});

test("a batch over quota creates nothing: the panel says how many fit and the server refuses it whole", async ({
  page,
  baseURL,
  newUser,
  signedIn: { studio, sim },
}) => {
  await page.goto("/usage");
  const row = page.locator(`[data-testid="usage-row"][data-email="${newUser.email}"]`);
  await row.getByLabel(`Monthly quota for ${newUser.name} (seconds)`).fill("20");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByTestId("used")).toHaveText("0 s of 20 s");

  await page.goto("/studio");
  const prompt = `Over ${randomBytes(3).toString("hex")}: a fox in fresh snow`;
  await studio.fill(prompt, { durationSec: 6 });
  await page.getByTestId("batch-4").click();
  await expect(page.getByTestId("usage-line")).toHaveText(
    /^These 4 videos need 24 s but only 20 s of your 20 s are left this month, enough for 3 \(renews .+\)\.$/,
  );
  await expect(page.getByTestId("generate")).toHaveText("Generate 4 · 24 s");
  await expect(page.getByTestId("generate")).toBeDisabled();

  // The server decides, whatever the page shows: the same request sent straight to the action.
  const ref = actionManifest(path.resolve(process.env.NEXT_DIST_DIR || ".next")).get(
    "lib/actions/generation-actions.ts#submitGenerationAction",
  )!;
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const settings = {
    prompt,
    model: "grok-imagine-video",
    aspectRatio: "16:9",
    resolution: "480p",
    durationSec: 6,
  };
  const refused = await callAction(
    baseURL!,
    ref,
    { settings, idempotencyKey: randomUUID(), count: 4 },
    cookie,
  );
  expect(refused).toMatchObject({ ok: false, code: "rate_limited" });
  expect(refused.raw).toContain(
    "These 4 videos need 24 s (6 s each); you have 20 s of your 20 s monthly quota left, enough for 3 of them.",
  );
  const odd = await callAction(baseURL!, ref, { settings, idempotencyKey: randomUUID(), count: 3 }, cookie);
  expect(odd).toMatchObject({ ok: false, code: "bad_request" });
  expect(odd.raw).toContain("Choose 1, 2 or 4 videos.");

  // Nothing was made, sent or counted.
  expect(await generationByPrompt(page.request, baseURL!, prompt)).toBeUndefined();
  expect(await sim.submitsFor(prompt)).toBe(0);
  expect(await usedSeconds(page.request, baseURL!)).toBe(0);

  // What fits is allowed.
  await page.getByTestId("batch-2").click();
  await expect(page.getByTestId("generate")).toHaveText("Generate 2 · 12 s");
  await expect(page.getByTestId("generate")).toBeEnabled();
  await expect(page.getByTestId("usage-line")).toHaveText(
    "Uses 12 s (2 × 6 s) · 20 s of your 20 s left this month",
  );
});
