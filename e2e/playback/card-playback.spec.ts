import { expect, expectPlaying, makeVideos, press, test, videoState } from "./videos";

test("a card shows a play badge; one tap or click plays it, and its sound can be turned on", async ({
  studio,
  newUser,
}, testInfo) => {
  const [card] = await makeVideos(studio, [`Waves on black sand ${newUser.email}`]);
  const badge = card!.getByTestId("play-badge");
  const video = card!.getByTestId("generation-video");

  // Before anything plays, the card is its still and says it can be played: no video element yet.
  await expect(badge).toBeVisible();
  await expect(badge).toHaveCSS("opacity", "1");
  await expect(card!.getByTestId("generation-poster")).toBeVisible();
  await expect(video).toHaveCount(0);

  // One press: it plays (on a phone the first tap used to do nothing).
  await press(card!.getByTestId("play-toggle"), testInfo);
  await expectPlaying(video);
  await expect(badge).toHaveCSS("opacity", "0");

  // Muted at first; the toggle gives it sound.
  expect((await videoState(video)).muted).toBe(true);
  const mute = card!.getByTestId("mute-toggle");
  await expect(mute).toHaveAccessibleName("Unmute");
  await press(mute, testInfo);
  await expect.poll(async () => (await videoState(video)).muted).toBe(false);
  await expect(mute).toHaveAccessibleName("Mute");
  await expectPlaying(video);
});

test("a card in the page's first HTML plays on the first press, before the page has had time to hydrate it", async ({
  page,
  studio,
  newUser,
}, testInfo) => {
  const [made] = await makeVideos(studio, [`Dunes at first light ${newUser.email}`]);
  const id = await made!.getAttribute("data-id");
  // A page that is never idle: its server-rendered cards are hydrated only when a person reaches
  // one (a pointer, a finger or focus on it), and that press must not be lost.
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  await page.reload();
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
  const card = page.locator(`[data-testid="generation-card"][data-id="${id}"]`);
  await press(card.getByTestId("play-toggle"), testInfo);
  await expectPlaying(card.getByTestId("generation-video"));
});
