import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notificationHandler } from "@/lib/workers/deliver-notifications";
import { QUEUES } from "@/lib/jobs/queues";
import { createTeamWorkspace } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { startTestJobEngine, type TestJobEngine } from "@/lib/testing/job-engine";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { settledQueue } from "@/lib/testing/settled-queue";
import { addComment } from "./add-comment";
import { editComment } from "./edit-comment";
import { notifyMentions } from "./notify-mentions";

const ORIGIN = "http://studio.test";
let t: TestDatabase;
let mailbox: Mailbox;
let engine: TestJobEngine;
beforeAll(async () => {
  // Real mail through a real SMTP server (configuration is read once, after this).
  mailbox = await startAppMailbox(ORIGIN);
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

describe("mention mails", () => {
  it("mail each mentioned member once, with the comment and a link to the video at its moment", async () => {
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
    expect(mail.subject).toBe("Mia Member mentioned you on “A heron lifting off a misty lake”");
    expect(mail.text).toContain("at 0:12");
    expect(mail.text).toContain("> @Adam Admin the wings blur here.");
    expect(linkIn(mail, `${ORIGIN}/g/`)).toBe(`${ORIGIN}/g/${g.id}?t=12.5`);

    // Queued again (an action retried, say) and worked again: still one mail.
    const [mention] = await t.db.commentMention.findMany({ where: { commentId: comment.id } });
    await engine.jobs.notify({ kind: "comment_mention", mentionId: mention!.id }, { key: mention!.id });
    const { rows } = await engine.boss
      .getDb()
      .executeSql(`SELECT count(*)::int AS n FROM ${engine.schema}.job WHERE id = $1`, [mention!.id]);
    expect(rows[0].n).toBe(1);
    expect(await notifyMentions({ db: t.db, origin: ORIGIN }, [mention!.id])).toEqual({
      sent: 0,
      failed: [],
    });
    expect(await notifyJobsDone()).toMatchObject({ [mention!.id]: "completed" });
    expect(mailsTo(team.admin.email)).toHaveLength(1);
    // Never the author, never someone outside the workspace.
    expect(mailsTo(team.member.email)).toEqual([]);
    expect(mailsTo(team.outsider.user.email)).toEqual([]);

    // An edit naming someone new mails them; who was named before is not mailed again.
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
    expect(linkIn(viewerMail, `${ORIGIN}/g/`)).toBe(`${ORIGIN}/g/${g.id}?t=12.5`);
    const mentions = await t.db.commentMention.findMany({ where: { commentId: comment.id } });
    expect(mentions).toHaveLength(2);
    const jobs = await notifyJobsDone();
    for (const m of mentions) expect(jobs[m.id]).toBe("completed");
    expect(mailsTo(team.admin.email)).toHaveLength(1);
    expect(mailsTo(team.viewer.email)).toHaveLength(1);
  });

  it("mails nobody for a comment deleted before its mail went out", async () => {
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
    const mentions = await t.db.commentMention.findMany({ where: { commentId: comment.id } });
    expect(mentions).toHaveLength(1);
    expect(await notifyMentions({ db: t.db, origin: ORIGIN }, [mentions[0]!.id])).toEqual({
      sent: 0,
      failed: [],
    });
    // Nothing was queued for it (no job engine given), and whatever else was queued has run.
    expect((await notifyJobsDone())[mentions[0]!.id]).toBeUndefined();
    expect(mailsTo(team.viewer.email)).toEqual([]);
  });
});
