import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { notifyCreators } from "./notify-creators";

let t: TestDatabase;
let mailbox: Mailbox;
beforeAll(async () => {
  // Real mail through a real SMTP server (configuration is read once, after this).
  mailbox = await startAppMailbox("http://studio.test");
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

describe("video mails", () => {
  it("mail creators who opted in, with a link to the video, and nobody else", async () => {
    const keen = await createUser(t.db, { name: "Keen" });
    const quiet = await createUser(t.db, { name: "Quiet" });
    await t.db.user.update({ where: { id: keen.user.id }, data: { notifyOnReady: true } });
    const ready = await createGeneration(t.db, { workspaceId: keen.workspace.id, creatorId: keen.user.id });
    const failed = await createGeneration(t.db, {
      workspaceId: keen.workspace.id,
      creatorId: keen.user.id,
      state: "failed",
      errorMessage: "The provider could not make it.",
    });
    const other = await createGeneration(t.db, { workspaceId: quiet.workspace.id, creatorId: quiet.user.id });
    const since = Date.now();

    const { sent } = await notifyCreators({ db: t.db, origin: "http://studio.test" }, [
      { kind: "generation_ready", generationId: ready.id },
      { kind: "generation_failed", generationId: failed.id },
      { kind: "generation_ready", generationId: other.id },
    ]);

    expect(sent).toBe(2);
    const readyMail = await mailbox.waitFor(keen.user.email, { subject: /ready/, since });
    expect(linkIn(readyMail, "http://studio.test/g/")).toBe(`http://studio.test/g/${ready.id}`);
    const failedMail = await mailbox.waitFor(keen.user.email, { subject: /could not be made/, since });
    expect(failedMail.text).toContain("The provider could not make it.");
    // notifyCreators returned after the SMTP server accepted each mail it sent, and the mailbox
    // keeps a mail before accepting it: one to Quiet would be here already.
    expect(mailbox.messages.filter((m) => m.to.includes(quiet.user.email))).toEqual([]);
  });
});
