import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationHandler } from "@/lib/workers/deliver-notifications";
import { QUEUES } from "@/lib/jobs/queues";
import { createTeamWorkspace } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { startTestJobEngine, type TestJobEngine } from "@/lib/testing/job-engine";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { settledQueue } from "@/lib/testing/settled-queue";
import { addComment } from "@/lib/reviews/add-comment";
import { editComment } from "@/lib/reviews/edit-comment";
import { setReviewStatus } from "@/lib/reviews/set-review-status";
import { mailInbox, wakeOverdueInboxMail } from "./mail-inbox";
import { setMailKinds } from "./mail-kinds";

const ORIGIN = "http://studio.test";
let t: TestDatabase;
let mailbox: Mailbox;
let engine: TestJobEngine;
beforeAll(async () => {
  // Real mail through a real SMTP server (configuration is read once, after this).
  mailbox = await startAppMailbox(ORIGIN);
  // Mailed as soon as woken: the batching itself is shown below with the mailer called directly.
  process.env.INBOX_MAIL_DELAY_SECONDS = "0";
  t = await openTestDatabase();
  // The real job engine and the `notify` queue's own worker, as every server runs it.
  engine = await startTestJobEngine(t);
  await engine.boss.work(
    QUEUES.notify.name,
    { pollingIntervalSeconds: 0.5, batchSize: 50 },
    notificationHandler(engine.boss, { db: t.db, origin: ORIGIN }),
  );
});
afterAll(async () => {
  await engine.close();
  await t.close();
  await mailbox.close();
});

const mailsTo = (email: string) => mailbox.messages.filter((m) => m.to.includes(email.toLowerCase()));
/** Once every `notify` job has run, no mail is still on its way: only then is "no other mail" true. */
const notifyJobsDone = () =>
  settledQueue((text, values = []) => engine.boss.getDb().executeSql(text, values), {
    schema: engine.schema,
    queue: QUEUES.notify.name,
  });
const mailer = () => ({ db: t.db, origin: ORIGIN });

describe("inbox mail", () => {
  it("mails each mentioned member once, with the comment and a link to it at its moment", async () => {
    const team = await createTeamWorkspace(t.db, "Mail crew");
    const g = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "A heron lifting off a misty lake",
    });
    const comment = await addComment({
      db: t.db,
      jobs: engine.jobs,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.member.userId,
      role: "member",
      body: "@Adam Admin the wings blur here. @Mia Member note to self. @Otto Outsider?",
      atSeconds: 12.5,
    });

    const mail = await mailbox.waitFor(team.admin.email, { subject: /^Mia Member mentioned you on/ });
    expect(mail.subject).toBe("Mia Member mentioned you on “A heron lifting off a misty lake” at 0:12");
    expect(mail.text).toContain("> @Adam Admin the wings blur here.");
    expect(linkIn(mail, `${ORIGIN}/g/`)).toBe(`${ORIGIN}/g/${g.id}?t=12.5#comment-${comment.id}`);

    // Woken again (a retried action, the minute's sweep): nothing is waiting, so no second mail.
    await engine.jobs.notify(team.admin.userId);
    expect(await mailInbox(mailer(), team.admin.userId)).toEqual({ sent: 0 });
    await notifyJobsDone();
    expect(mailsTo(team.admin.email)).toHaveLength(1);
    // Never the author, never someone outside the workspace.
    expect(mailsTo(team.member.email)).toEqual([]);
    expect(mailsTo(team.outsider.user.email)).toEqual([]);

    // An edit naming someone new tells them; who was named before is not told again.
    await editComment({
      db: t.db,
      jobs: engine.jobs,
      workspaceId: team.workspaceId,
      commentId: comment.id,
      userId: team.member.userId,
      role: "member",
      body: "@Adam Admin @Vic Viewer the wings blur here.",
    });
    const viewerMail = await mailbox.waitFor(team.viewer.email, { subject: /^Mia Member mentioned you/ });
    expect(linkIn(viewerMail, `${ORIGIN}/g/`)).toBe(`${ORIGIN}/g/${g.id}?t=12.5#comment-${comment.id}`);
    await notifyJobsDone();
    expect(mailsTo(team.admin.email)).toHaveLength(1);
    expect(mailsTo(team.viewer.email)).toHaveLength(1);
  });

  it("sends news that arrived together as one mail, and only the kinds the person wants", async () => {
    const team = await createTeamWorkspace(t.db, "Digest crew");
    const g = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "Lanterns drifting down a river",
    });
    // No job engine: the entries wait, as they do for the batching delay.
    const root = await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.member.userId,
      role: "member",
      body: "Too dark at the start?",
      atSeconds: 1,
    });
    for (const [who, body] of [
      [team.admin, "A little, yes"],
      [team.owner, "Lift it a stop"],
    ] as const)
      await addComment({
        db: t.db,
        workspaceId: team.workspaceId,
        generationId: g.id,
        userId: who.userId,
        role: who.role,
        body,
        replyTo: root.id,
      });
    await setReviewStatus({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.admin.userId,
      role: "admin",
      status: "changes_requested",
    });
    // Mia opened the thread: two replies and her video's status, in one mail.
    expect(await mailInbox(mailer(), team.member.userId)).toEqual({ sent: 1 });
    const digest = mailsTo(team.member.email).at(-1)!;
    expect(digest.subject).toBe("3 updates in Grok Video Studio");
    expect(digest.text).toContain("Adam Admin replied on “Lanterns drifting down a river” at 0:01");
    expect(digest.text).toContain("> Lift it a stop");
    expect(digest.text).toContain(
      "Adam Admin marked your video “Lanterns drifting down a river” Changes requested",
    );
    // Adam is in the thread too: Olga's reply reaches him.
    expect(await mailInbox(mailer(), team.admin.userId)).toEqual({ sent: 1 });
    expect(mailsTo(team.admin.email).at(-1)!.subject).toBe(
      "Olga Owner replied on “Lanterns drifting down a river” at 0:01",
    );

    // Replies turned off: the next one is in the inbox only.
    await setMailKinds(t.db, { userId: team.member.userId, kinds: ["mention"] });
    await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.owner.userId,
      role: "owner",
      body: "Done, see v2",
      replyTo: root.id,
    });
    const before = mailsTo(team.member.email).length;
    expect(await mailInbox(mailer(), team.member.userId)).toEqual({ sent: 0 });
    expect(mailsTo(team.member.email)).toHaveLength(before);
    expect(await t.db.notification.count({ where: { userId: team.member.userId, kind: "reply" } })).toBe(3);
  });

  it("mails nobody about a comment deleted before its mail went out", async () => {
    const team = await createTeamWorkspace(t.db, "Quiet crew");
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.owner.userId });
    const comment = await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.owner.userId,
      role: "owner",
      body: "@Vic Viewer have a look",
    });
    await t.db.comment.update({ where: { id: comment.id }, data: { deletedAt: new Date() } });
    expect(await mailInbox(mailer(), team.viewer.userId)).toEqual({ sent: 0 });
    expect(mailsTo(team.viewer.email)).toEqual([]);
    // Claimed all the same: the sweep does not keep finding it.
    expect(await t.db.notification.count({ where: { userId: team.viewer.userId, mailPending: true } })).toBe(
      0,
    );
  });

  it("the minute's sweep wakes the mailer for entries whose wake-up was never queued", async () => {
    const team = await createTeamWorkspace(t.db, "Swept crew");
    const g = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.member.userId });
    await addComment({
      db: t.db,
      workspaceId: team.workspaceId,
      generationId: g.id,
      userId: team.owner.userId,
      role: "owner",
      body: "@Adam Admin over to you",
    });
    const woken: string[] = [];
    const sweep = (now: Date) =>
      wakeOverdueInboxMail({ db: t.db, wake: async (id) => void woken.push(id), delaySeconds: 30, now });
    // Not yet past the batching delay: left for the wake-up that may still come.
    await sweep(new Date());
    expect(woken).not.toContain(team.admin.userId);
    await sweep(new Date(Date.now() + 31_000));
    expect(woken).toContain(team.admin.userId);
  });
});
