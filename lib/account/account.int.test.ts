import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeamWorkspace, createUser, uniqueEmail } from "@/lib/testing/factories";
import { createGeneration } from "@/lib/testing/generation-fixtures";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { verifyCredentials } from "@/lib/auth/credentials";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { changePassword } from "./change-password";
import { confirmEmailChange, emailChangeStatus, requestEmailChange } from "./change-email";
import { deleteAccount, DELETED_ACCOUNT_NAME } from "./delete-account";
import { deletionPlan } from "./deletion-plan";
import { EXPORT_MANIFEST, exportEntries } from "./export-videos";

const ORIGIN = "http://studio.test";
let t: TestDatabase;
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startAppMailbox(ORIGIN);
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

let next = 1;
const ip = () => `198.51.100.${next++}`;
const signsIn = async (email: string, password: string) =>
  (await verifyCredentials(t.db, { email, password, ip: ip() })).ok;

describe("changing the password", () => {
  it("asks for the current one, then ends every session", async () => {
    const { user, password } = await createUser(t.db);
    await expect(
      changePassword(t.db, { userId: user.id, current: "not it at all", next: "a new password", ip: ip() }),
    ).rejects.toMatchObject({ code: "bad_request", message: "That is not your current password." });
    await expect(
      changePassword(t.db, { userId: user.id, current: undefined, next: "a new password", ip: ip() }),
    ).rejects.toMatchObject({ message: "Enter your current password." });
    expect(await signsIn(user.email, password)).toBe(true);

    await changePassword(t.db, { userId: user.id, current: password, next: "a new password", ip: ip() });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await signsIn(user.email, password)).toBe(false);
    expect(await signsIn(user.email, "a new password")).toBe(true);
  });

  it("lets an account made through GitHub or Google set a first password without one", async () => {
    const { user } = await createUser(t.db);
    await t.db.user.update({ where: { id: user.id }, data: { passwordHash: null } });
    await changePassword(t.db, { userId: user.id, current: undefined, next: "a first password", ip: ip() });
    expect(await signsIn(user.email, "a first password")).toBe(true);
  });
});

describe("changing the address", () => {
  it("changes only when the link mailed to the new address is used, and tells the old one", async () => {
    const { user, password } = await createUser(t.db);
    const to = uniqueEmail("moved");
    const base = { userId: user.id, password, ip: ip(), origin: ORIGIN, confirmByMail: true };
    const earlier = mailbox.messages.length;
    expect(await requestEmailChange(t.db, { ...base, email: to })).toEqual({ status: "sent", email: to });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    const mail = await mailbox.waitFor(to, { subject: /Confirm your new/, after: earlier });
    const token = linkIn(mail, `${ORIGIN}/confirm-email-change/`).slice(
      `${ORIGIN}/confirm-email-change/`.length,
    );
    expect(await emailChangeStatus(t.db, token)).toEqual({ status: "usable", email: to });
    // Two uses at once: exactly one moves the account.
    const outcomes = await Promise.all([confirmEmailChange(t.db, token), confirmEmailChange(t.db, token)]);
    expect(outcomes.filter((o) => o.ok)).toEqual([{ ok: true, email: to }]);
    expect(await emailChangeStatus(t.db, token)).toEqual({ status: "unknown" });
    expect(await signsIn(to, password)).toBe(true);
    expect(await signsIn(user.email, password)).toBe(false);
    await mailbox.waitFor(user.email, { subject: /address was changed/, after: earlier });
  });

  it("answers the same for a taken address but mails no link, and refuses a wrong password", async () => {
    const { user, password } = await createUser(t.db);
    const other = await createUser(t.db);
    const base = { userId: user.id, ip: ip(), origin: ORIGIN, confirmByMail: true };
    const before = await t.db.verificationToken.count({ where: { identifier: { contains: user.id } } });
    expect(await requestEmailChange(t.db, { ...base, password, email: other.user.email })).toEqual({
      status: "sent",
      email: other.user.email,
    });
    expect(await t.db.verificationToken.count({ where: { identifier: { contains: user.id } } })).toBe(before);
    await expect(
      requestEmailChange(t.db, { ...base, password: "wrong password", email: uniqueEmail() }),
    ).rejects.toMatchObject({ code: "bad_request" });
    // Without a mail server nobody could confirm: it changes at once, unless taken.
    await expect(
      requestEmailChange(t.db, { ...base, password, email: other.user.email, confirmByMail: false }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("keeps the old address when the new one was taken before the link was used", async () => {
    const { user, password } = await createUser(t.db);
    const to = uniqueEmail("race");
    const earlier = mailbox.messages.length;
    await requestEmailChange(t.db, {
      userId: user.id,
      password,
      email: to,
      ip: ip(),
      origin: ORIGIN,
      confirmByMail: true,
    });
    const mail = await mailbox.waitFor(to, { subject: /Confirm your new/, after: earlier });
    await createUser(t.db, { email: to });
    const token = linkIn(mail, `${ORIGIN}/confirm-email-change/`).slice(
      `${ORIGIN}/confirm-email-change/`.length,
    );
    expect(await confirmEmailChange(t.db, token)).toEqual({ ok: false, reason: "taken" });
    expect((await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});

describe("deleting the account", () => {
  it("says what goes and what stays, then does exactly that", async () => {
    const team = await createTeamWorkspace(t.db, "Agency");
    const mia = team.member;
    const personal = await t.db.workspace.findFirstOrThrow({
      where: { personal: true, memberships: { some: { userId: mia.userId } } },
    });
    const solo = await createWorkspace(t.db, { userId: mia.userId, name: "Side project" });
    const inTeam = await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: mia.userId });
    await createGeneration(t.db, { workspaceId: personal.id, creatorId: mia.userId });
    await createGeneration(t.db, { workspaceId: solo.id, creatorId: mia.userId, state: "failed" });

    const plan = await deletionPlan(t.db, mia.userId);
    expect(plan.deleted.map((w) => [w.name, w.personal, w.videos])).toEqual([
      [personal.name, true, 1],
      ["Side project", false, 1],
    ]);
    expect(plan.kept).toEqual([{ id: team.workspaceId, name: "Agency", personal: false, videos: 1 }]);
    expect(plan.handOverFirst).toEqual([]);

    const input = { userId: mia.userId, password: mia.password, ip: ip() };
    await expect(
      deleteAccount(t.db, { ...input, confirmEmail: "someone@example.test" }),
    ).rejects.toMatchObject({
      code: "bad_request",
    });
    await deleteAccount(t.db, { ...input, confirmEmail: mia.email.toLowerCase() });

    const gone = await t.db.user.findUniqueOrThrow({ where: { id: mia.userId } });
    expect(gone).toMatchObject({ name: DELETED_ACCOUNT_NAME, passwordHash: null, emailVerified: null });
    expect(gone.email).not.toBe(mia.email);
    expect(gone.deletedAt).toBeInstanceOf(Date);
    expect(await t.db.workspace.count({ where: { id: { in: [personal.id, solo.id] } } })).toBe(0);
    expect(await t.db.membership.count({ where: { userId: mia.userId } })).toBe(0);
    // The team keeps her video, credited to the deleted account, and says she left.
    expect(await t.db.generation.findUniqueOrThrow({ where: { id: inTeam.id } })).toMatchObject({
      creatorId: mia.userId,
      deletedAt: null,
    });
    expect(
      await t.db.activityEvent.count({
        where: { workspaceId: team.workspaceId, action: "member.left", actorId: mia.userId },
      }),
    ).toBe(1);
    expect(await signsIn(mia.email, mia.password)).toBe(false);
    // The address is free again.
    await createUser(t.db, { email: mia.email });
  });

  it("is refused to the last owner of a team with others in it, and while a video that would go is being made", async () => {
    const team = await createTeamWorkspace(t.db, "Studio B");
    const owner = team.owner;
    const plan = await deletionPlan(t.db, owner.userId);
    expect(plan.handOverFirst).toEqual([{ id: team.workspaceId, name: "Studio B" }]);
    const input = { userId: owner.userId, password: owner.password, ip: ip(), confirmEmail: owner.email };
    await expect(deleteAccount(t.db, input)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("last owner of “Studio B”"),
    });
    expect(await t.db.membership.count({ where: { userId: owner.userId } })).toBe(2);

    const { user, password, workspace } = await createUser(t.db);
    await createGeneration(t.db, { workspaceId: workspace.id, creatorId: user.id, state: "running" });
    await expect(
      deleteAccount(t.db, { userId: user.id, password, ip: ip(), confirmEmail: user.email }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("still being made") });
    expect(await t.db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ deletedAt: null });
  });
});

describe("downloading one's videos", () => {
  it("lists every video one made in workspaces one is in, stored ones as files in a folder per workspace", async () => {
    const team = await createTeamWorkspace(t.db, "Night/Shift");
    const asset = await t.db.asset.create({
      data: {
        workspaceId: team.workspaceId,
        kind: "video",
        storageKey: "videos/whales.mp4",
        contentType: "video/mp4",
        sizeBytes: 10,
        checksum: "0".repeat(64),
      },
    });
    const mine = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      prompt: "Whales at dawn",
      videoAssetId: asset.id,
    });
    const failed = await createGeneration(t.db, {
      workspaceId: team.workspaceId,
      creatorId: team.member.userId,
      state: "failed",
      errorMessage: "Refused by moderation",
    });
    await createGeneration(t.db, { workspaceId: team.workspaceId, creatorId: team.admin.userId });

    const entries = await exportEntries(t.db, team.member.userId);
    expect(entries.map((e) => e.name)).toEqual([
      EXPORT_MANIFEST,
      expect.stringMatching(/^Night-Shift\/whales-at-dawn-\w{4}\.mp4$/),
    ]);
    expect(entries[1]).toMatchObject({ storageKey: "videos/whales.mp4" });
    const manifest = JSON.parse((entries[0] as { text: string }).text);
    expect(manifest.videos.map((v: { id: string }) => v.id)).toEqual([mine.id, failed.id]);
    expect(manifest.videos[0]).toMatchObject({
      prompt: "Whales at dawn",
      workspace: "Night/Shift",
      file: entries[1]!.name,
    });
    expect(manifest.videos[1]).toMatchObject({ state: "failed", error: "Refused by moderation", file: null });
  });
});
