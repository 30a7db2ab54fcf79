/**
 * A team reviews a video on the production build, with a real SMTP server: a member comments at a
 * moment and mentions the admin (a marker on the timeline and by the comment, each seeking the
 * video there; the admin gets one mail whose link opens the video at that moment); a viewer
 * comments too; the admin sets the status, which members and viewers see but cannot change —
 * no control, and the action refused by the server with the database unchanged; the gallery
 * filters by status. The page with comments passes axe. A reply reaches the thread's people
 * through the bell and the inbox, whose entry opens the video at the reply, highlighted; threads
 * resolve and reopen; activity links to what it names. A team video is copied to a personal studio
 * and moved back, with its own files, recorded in the activity.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEFAULT_SCHEMA, QUEUES } from "../../lib/jobs/queues";
import { linkIn, startMailbox, type Mailbox } from "../../lib/testing/mailbox";
import { settledQueue } from "../../lib/testing/settled-queue";
import { actionManifest, callAction } from "../access/call";
import { sessionCookieFor, type GalleryUser } from "../../lib/testing/gallery-world";
import { ReviewPage } from "../pages/review-page";
import { demoEnv, startAppServer, type AppServer } from "../support/app-server";
import { seedReviewWorld, type ReviewWorld } from "../../lib/testing/review-world";

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

let mailbox: Mailbox;
let server: AppServer;
let db: pg.Client;
let world: ReviewWorld;
const previousDatabaseUrl = process.env.TEST_DATABASE_URL;

test.beforeAll(async ({}, testInfo) => {
  test.setTimeout(180_000);
  // The world is written into the server's database directly, so it runs on PostgreSQL.
  process.env.TEST_DATABASE_URL ??= "postgres://postgres@127.0.0.1:5432/postgres";
  mailbox = await startMailbox();
  server = await startAppServer({
    env: { ...demoEnv(3_000), SMTP_URL: mailbox.url },
    appUrlIsSelf: true,
    port: testInfo.project.name === "phone" ? 3222 : 3221,
    label: "review",
  });
  db = new pg.Client({ connectionString: server.databaseUrl });
  await db.connect();
  world = await seedReviewWorld(db, server.dataDir);
});

test.afterAll(async () => {
  await db?.end();
  await server?.dispose();
  await mailbox?.close();
  if (previousDatabaseUrl === undefined) delete process.env.TEST_DATABASE_URL;
});

/** Someone of the team in their own browser, with the project's device. */
async function as(browser: Browser, user: GalleryUser): Promise<Page> {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = test.info().project.use;
  const context = await browser.newContext({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });
  await context.addCookies([sessionCookieFor(user, server.url)]);
  return context.newPage();
}

const videoPage = () => `${server.url}/g/${world.clip.id}`;
const reviewStatusOf = async (id: string) =>
  (await db.query<{ reviewStatus: string }>(`SELECT "reviewStatus" FROM "Generation" WHERE id = $1`, [id]))
    .rows[0]!.reviewStatus;

test("a comment at a moment: marker on the timeline and by the comment, both seek; the mention is mailed once", async ({
  browser,
}) => {
  const page = await as(browser, world.teammate);
  const review = new ReviewPage(page);
  await review.open(videoPage());
  await expect(page.getByTestId("comments-empty")).toBeVisible();

  await review.scrubTo(2.5);
  await expect(page.getByTestId("comment-at-toggle")).toHaveText(/at 0:02/);
  const since = Date.now();
  // A space typed after the picked name, as people do: the text still has one, not two.
  await review.write(" the card wobbles here, steady it?", { mention: { typed: "Ad", name: "Ada Admin" } });
  // The marker stays where the writing started, however the video moves meanwhile.
  await review.scrubTo(4);
  await expect(page.getByTestId("comment-at-toggle")).toHaveAttribute("data-seconds", "2.5");
  const comment = await review.post();

  await expect(comment).toHaveAttribute("data-seconds", "2.5");
  await expect(comment.getByTestId("comment-author")).toHaveText("Tariq Teammate");
  await expect(comment.getByTestId("comment-marker")).toHaveText("0:02");
  await expect(comment.getByTestId("comment-mention")).toHaveText("@Ada Admin");
  await expect(comment.getByTestId("comment-text")).toContainText("the card wobbles here, steady it?");
  const marker = review.markers().first();
  await expect(review.markers()).toHaveCount(1);
  // Placed by the video's length: 2.5 s of 6 s.
  const track = (await page.getByTestId("timeline-lane").boundingBox())!;
  const dot = (await marker.boundingBox())!;
  const ratio = (dot.x + dot.width / 2 - track.x) / track.width;
  expect(ratio).toBeGreaterThan(0.35);
  expect(ratio).toBeLessThan(0.48);

  await review.scrubTo(0.2);
  await comment.getByTestId("comment-marker").click();
  await expect.poll(() => review.currentTime()).toBeCloseTo(2.5, 1);
  await review.scrubTo(5.5);
  await marker.click();
  await expect.poll(() => review.currentTime()).toBeCloseTo(2.5, 1);

  // Ada gets one mail, with the comment and a link that opens the video at that moment, on it.
  const adaMail = await mailbox.waitFor(world.admin.email, {
    subject: /Tariq Teammate mentioned you/,
    since,
  });
  expect(adaMail.subject).toContain("at 0:02");
  expect(adaMail.text).toContain("@Ada Admin the card wobbles here, steady it?");
  const commentId = (await comment.getAttribute("data-id"))!;
  const link = linkIn(adaMail, `${server.url}/g/`);
  expect(link).toBe(`${server.url}/g/${world.clip.id}?t=2.5#comment-${commentId}`);
  const ada = new ReviewPage(await as(browser, world.admin));
  await ada.open(link);
  await expect.poll(() => ada.currentTime()).toBeCloseTo(2.5, 1);
  await expect(ada.comments()).toHaveCount(1);
  await expect(ada.page.locator("[data-highlighted]")).toHaveAttribute("id", `comment-${commentId}`);
  // Mails leave from `notify` jobs only: once every one of them has run, a second mail can no
  // longer be on its way.
  await settledQueue((text, values) => db.query(text, values), {
    schema: DEFAULT_SCHEMA,
    queue: QUEUES.notify.name,
  });
  expect(mailbox.messages.filter((m) => m.to.includes(world.admin.email.toLowerCase()))).toHaveLength(1);
  expect(mailbox.messages.filter((m) => m.to.includes(world.teammate.email.toLowerCase()))).toEqual([]);
});

test("viewers may comment; the status is set by an admin, shown to all, refused to members and viewers", async ({
  browser,
}) => {
  const viewer = new ReviewPage(await as(browser, world.viewer));
  await viewer.open(videoPage());
  await viewer.page.getByTestId("comment-at-toggle").click();
  await expect(viewer.page.getByTestId("comment-at-toggle")).toHaveAttribute("aria-pressed", "false");
  await viewer.write("Could the sky be a little darker overall?");
  const general = await viewer.post();
  await expect(general.getByTestId("comment-marker")).toHaveCount(0);
  await expect(viewer.markers()).toHaveCount(1);
  // Their own words, edited in place and marked so; a slip, deleted.
  await general.getByTestId("comment-edit").click();
  await expect(general.getByTestId("comment-edit-body")).toBeFocused();
  await general.getByTestId("comment-edit-body").fill("Could the sky be a little darker at the end?");
  await general.getByTestId("comment-save").click();
  await expect(general.getByTestId("comment-text")).toHaveText(
    "Could the sky be a little darker at the end?",
  );
  await expect(general.getByTestId("comment-edited")).toBeVisible();
  await viewer.write("oops, wrong video");
  const slip = await viewer.post();
  await expect(viewer.comments().first().getByTestId("comment-delete")).toHaveCount(0);
  viewer.page.once("dialog", (dialog) => void dialog.accept());
  await slip.getByTestId("comment-delete").click();
  await expect(viewer.comments()).toHaveCount(2);

  const admin = new ReviewPage(await as(browser, world.admin));
  await admin.open(videoPage());
  await expect(admin.comments()).toHaveCount(2);
  await expect(admin.comments().last()).toContainText("darker at the end");
  // An admin may remove anyone's comment but rewrite only their own.
  await expect(admin.comments().getByTestId("comment-delete")).toHaveCount(2);
  await expect(admin.comments().getByTestId("comment-edit")).toHaveCount(0);
  await admin.statusSelect().selectOption("approved");
  await expect(admin.status()).toHaveAttribute("data-status", "approved");
  await expect(admin.page.getByTestId("review-status-by")).toContainText("Set by Ada Admin");
  await expect.poll(() => reviewStatusOf(world.clip.id)).toBe("approved");
  await admin.statusSelect().selectOption("in_review");
  await expect.poll(() => reviewStatusOf(world.clip.id)).toBe("in_review");
  await admin.statusSelect().selectOption("approved");
  await expect.poll(() => reviewStatusOf(world.clip.id)).toBe("approved");

  const actions = actionManifest(path.resolve(process.env.NEXT_DIST_DIR || ".next"));
  const setStatus = actions.get("lib/actions/review-actions.ts#setReviewStatusAction")!;
  for (const user of [world.teammate, world.viewer]) {
    const review = user === world.viewer ? viewer : new ReviewPage(await as(browser, user));
    await review.open(videoPage());
    await expect(review.statusSelect()).toHaveCount(0);
    await expect(review.status().getByTestId("review-badge")).toHaveText("Approved");
    // Straight to the server, past the page: refused, and nothing changed.
    const answer = await callAction(
      server.url,
      setStatus,
      { generationId: world.clip.id, status: "changes_requested", workspaceId: world.workspaceId },
      user.cookie,
    );
    expect(answer).toMatchObject({ ok: false, code: "forbidden" });
    expect(answer.raw).toContain("This needs the admin role in Film club");
    expect(await reviewStatusOf(world.clip.id)).toBe("approved");
  }

  // The admin's activity list says it in words.
  await admin.page.goto(`${server.url}/team`);
  const lines = admin.page.getByTestId("activity-item");
  await expect(lines.filter({ hasText: `marked “${world.clip.prompt}” Approved` }).first()).toBeVisible();
  await expect(lines.filter({ hasText: `commented on “${world.clip.prompt}” at 0:02` })).toHaveCount(1);
});

test("the gallery shows only the videos of the chosen review status, each with its badge", async ({
  browser,
}) => {
  const second = world.videos[1]!;
  await db.query(`UPDATE "Generation" SET "reviewStatus" = 'changes_requested' WHERE id = $1`, [second.id]);
  const page = await as(browser, world.owner);
  await page.goto(`${server.url}/studio`);
  await expect(page.getByTestId("generation-card")).toHaveCount(world.videos.length);
  const card = (id: string) => page.locator(`[data-testid="generation-card"][data-id="${id}"]`);
  await expect(card(world.clip.id).getByTestId("review-badge")).toHaveText("Approved");
  await expect(card(second.id).getByTestId("review-badge")).toHaveText("Changes requested");
  await expect(card(world.videos[2]!.id).getByTestId("review-badge")).toHaveCount(0);
  // Cards read on any width: a badge never sits on the play button, and who made the video is
  // in the card's menu (and on the card where it has room).
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    for (const id of [world.clip.id, second.id]) {
      const badge = (await card(id).getByTestId("review-badge").boundingBox())!;
      const play = (await card(id).getByTestId("play-badge").boundingBox())!;
      const apart =
        badge.y >= play.y + play.height ||
        play.y >= badge.y + badge.height ||
        badge.x >= play.x + play.width ||
        play.x >= badge.x + badge.width;
      expect(apart, `the review badge covers the play button at ${width} px`).toBe(true);
    }
  }
  const maker = (await card(second.id).getByTestId("card-creator").textContent())!;
  await card(second.id).hover();
  await card(second.id).getByTestId("more-actions").click();
  await expect(page.getByTestId("menu-creator")).toHaveText(`By ${maker}`);
  await page.keyboard.press("Escape");
  await page.setViewportSize({ width: 1280, height: 800 });

  // The filters answer once the page is hydrated (the gallery lays out its rows then).
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
  await page.getByTestId("filter-review").selectOption("approved");
  await expect(page).toHaveURL(/review=approved/);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(card(world.clip.id)).toBeVisible();
  await page.getByTestId("filter-review").selectOption("changes_requested");
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
  await expect(card(second.id)).toBeVisible();
  await page.getByTestId("filter-review").selectOption("in_review");
  await expect(page.getByTestId("gallery-empty")).toBeVisible();
  // Straight from a link, rendered by the server.
  await page.goto(`${server.url}/studio?review=approved`);
  await expect(page.getByTestId("generation-card")).toHaveCount(1);
});

test("the video page with comments, markers and the status passes axe", async ({ browser }) => {
  for (const user of [world.admin, world.viewer]) {
    const review = new ReviewPage(await as(browser, user));
    await review.open(videoPage());
    await expect(review.comments()).toHaveCount(2);
    await review.body().pressSequentially("@");
    await expect(review.page.getByTestId("mention-suggestions")).toBeVisible();
    const results = await new AxeBuilder({ page: review.page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  }
});

test("a reply reaches the thread through the bell; the inbox leads to the comment; resolved threads step aside", async ({
  browser,
}) => {
  // Ada replies to Tariq's comment at 0:02 (from the first test).
  const ada = new ReviewPage(await as(browser, world.admin));
  await ada.open(videoPage());
  const thread = ada.page.getByTestId("comment-thread").filter({ hasText: "the card wobbles here" });
  await thread.getByTestId("comment-reply").click();
  await expect(ada.page.getByTestId("reply-body")).toBeFocused();
  await ada.page.getByTestId("reply-body").fill("Steadied in v2, have a look");
  await ada.page.getByTestId("reply-submit").click();
  const reply = thread.getByTestId("comment-replies").getByTestId("comment");
  await expect(reply).toContainText("Steadied in v2, have a look");
  const replyId = (await reply.getAttribute("data-id"))!;

  // Tariq's bell says so on whatever page he is on; the inbox names who, what and where.
  const tariq = await as(browser, world.teammate);
  await tariq.goto(`${server.url}/studio`);
  const bell = tariq.getByTestId("inbox-bell");
  await expect(bell).toBeVisible();
  await expect(bell).toHaveAttribute("data-unread", "1");
  await expect(bell).toHaveAccessibleName("Inbox, 1 unread");
  await bell.click();
  await expect(tariq).toHaveURL(/\/inbox$/);
  const entry = tariq.getByTestId("inbox-entry").first();
  await expect(entry).toHaveAttribute("data-read", "false");
  await expect(entry.getByTestId("inbox-text")).toHaveText(
    `Ada Admin replied on “${world.clip.prompt.slice(0, 59)}${world.clip.prompt.length > 60 ? "…" : ""}” at 0:02`,
  );
  await entry.getByRole("link").click();
  // At the comment's moment, the reply highlighted; the bell is back to none.
  await expect(tariq).toHaveURL(new RegExp(`/g/${world.clip.id}\\?t=2\\.5#comment-${replyId}$`));
  const review = new ReviewPage(tariq);
  await review.waitForMetadata();
  await expect.poll(() => review.currentTime()).toBeCloseTo(2.5, 1);
  await expect(tariq.locator("[data-highlighted]")).toHaveAttribute("id", `comment-${replyId}`);
  await expect(tariq.locator("[data-highlighted]")).toBeInViewport();
  await expect(tariq.getByTestId("inbox-bell")).not.toHaveAttribute("data-unread", "1");
  await expect
    .poll(
      async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL`,
            [world.teammate.id],
          )
        ).rows[0].n,
    )
    .toBe(0);

  // Resolved: the thread fades on the lane and leaves the "open only" list; reopened, it is back.
  await expect(tariq.getByTestId("comments-open-only")).toHaveText("Open only · 2 of 2");
  const own = tariq.getByTestId("comment-thread").filter({ hasText: "the card wobbles here" });
  await own.getByTestId("comment-resolve").click();
  await expect(own).toHaveAttribute("data-resolved", "true");
  await expect(own.getByTestId("comment-resolved")).toHaveText("Resolved by Tariq Teammate");
  await expect(tariq.getByTestId("timeline-marker")).toHaveAccessibleName(
    /comment by Tariq Teammate \(resolved\)$/,
  );
  await tariq.getByTestId("comments-open-only").click();
  await expect(tariq.getByTestId("comments-open-only")).toHaveText("Open only · 1 of 2");
  await expect(tariq.getByTestId("comment-thread")).toHaveCount(1);
  await expect(tariq.getByTestId("comment-thread")).not.toContainText("the card wobbles here");
  await tariq.getByTestId("comments-open-only").click();
  await own.getByTestId("comment-reopen").click();
  await expect(own).toHaveAttribute("data-resolved", "false");

  // The admin's activity names the reply, and leads to it.
  await ada.page.goto(`${server.url}/team`);
  const line = ada.page.getByTestId("activity-item").filter({ hasText: "replied on" }).first();
  await line.getByTestId("activity-link").click();
  await expect(ada.page).toHaveURL(new RegExp(`#comment-${replyId}$`));
  await expect(ada.page.getByTestId("review-panel")).toBeVisible();
});

test("work moves between workspaces: a team video copied to a personal studio (its own file, the original stays), then moved back", async ({
  browser,
}) => {
  // Tariq's personal studio, beside the team (the world's users were written without one).
  const personal = `ws${Date.now().toString(36)}`;
  const at = new Date().toISOString();
  await db.query(
    `INSERT INTO "Workspace" (id, name, slug, personal, "createdAt", "updatedAt") VALUES ($1, 'Tariq''s studio', $2, true, $3, $3)`,
    [personal, `${personal}-slug`, at],
  );
  await db.query(
    `INSERT INTO "Membership" ("userId", "workspaceId", role, "createdAt") VALUES ($1, $2, 'owner', $3)`,
    [world.teammate.id, personal, at],
  );
  const video = world.videos[3]!;
  const page = await as(browser, world.teammate);
  await page.goto(`${server.url}/studio`);
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
  await page.getByTestId("select-mode").click();
  await page
    .locator(`[data-testid="generation-card"][data-id="${video.id}"]`)
    .getByTestId("select-card")
    .click();
  await page.getByTestId("bulk-transfer").click();
  const dialog = page.getByTestId("transfer-dialog");
  await expect(dialog.getByTestId("transfer-target")).toHaveValue(personal);
  // Someone else's video: it may be copied, not moved.
  const mine = video.creatorId === world.teammate.id;
  await expect(dialog.getByTestId("transfer-move")).toBeEnabled({ enabled: mine });
  await dialog.getByTestId("transfer-copy").check();
  await dialog.getByTestId("transfer-submit").click();
  await expect(page.getByText("1 video copied to Tariq's studio")).toBeVisible();
  await expect(dialog).toHaveCount(0);

  // The copy is a finished video of the studio, with its own file, and the original stays.
  const { rows } = await db.query<{ id: string; storageKey: string; original: string }>(
    `SELECT g.id, a."storageKey", (SELECT "storageKey" FROM "Asset" WHERE "generationId" = $2) AS original
       FROM "Generation" g JOIN "Asset" a ON a.id = g."videoAssetId"
      WHERE g."workspaceId" = $1 AND g.state = 'ready'`,
    [personal, video.id],
  );
  expect(rows).toHaveLength(1);
  expect(rows[0]!.storageKey).not.toBe(rows[0]!.original);
  await page.getByRole("button", { name: "Open Tariq's studio" }).click();
  await expect(page).toHaveURL(/\/studio$/);
  await expect(page.getByTestId("workspace-switcher")).toContainText("Tariq's studio");
  const copy = page.locator(`[data-testid="generation-card"][data-id="${rows[0]!.id}"]`);
  await expect(copy).toBeVisible();
  await expect
    .poll(() =>
      copy
        .locator("img")
        .first()
        .evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBeGreaterThan(0);

  // Moved back: it leaves the studio (to its trash) and arrives in the team.
  await expect(page.getByTestId("gallery")).toHaveAttribute("data-ready", "");
  await page.getByTestId("select-mode").click();
  await copy.getByTestId("select-card").click();
  await page.getByTestId("bulk-transfer").click();
  await page.getByTestId("transfer-target").selectOption({ label: "Film club" });
  await page.getByTestId("transfer-move").check();
  await page.getByTestId("transfer-submit").click();
  await expect(page.getByText("1 video moved to Film club")).toBeVisible();
  await expect(copy).toHaveCount(0);
  expect(
    (await db.query(`SELECT "deletedAt" FROM "Generation" WHERE id = $1`, [rows[0]!.id])).rows[0].deletedAt,
  ).not.toBeNull();

  // The team's activity says where it went and where it came from.
  const admin = await as(browser, world.admin);
  await admin.goto(`${server.url}/team`);
  const lines = admin.getByTestId("activity-item");
  await expect(lines.filter({ hasText: `copied “${video.prompt}” to Tariq's studio` })).toHaveCount(1);
  await expect(lines.filter({ hasText: `moved “${video.prompt}” here from Tariq's studio` })).toHaveCount(1);
});
