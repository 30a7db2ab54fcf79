import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createTeamWorkspace, createUser, uniqueEmail } from "@/lib/testing/factories";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { acceptInvite } from "./accept-invite";
import { createInvite } from "./create-invite";
import { resendInvite } from "./resend-invite";
import { revokeInvite } from "./revoke-invite";
import { signUpThroughInvite } from "./sign-up-through-invite";

const ORIGIN = "http://studio.test";
let t: TestDatabase;
let mailbox: Mailbox;
beforeAll(async () => {
  // Real mail through a real SMTP server (configuration is read once, after this).
  mailbox = await startAppMailbox(ORIGIN);
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
  await mailbox.close();
});

const tokenOf = (url: string) => url.split("/invite/")[1]!;
const membership = (userId: string, workspaceId: string) =>
  t.db.membership.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { role: true },
  });

async function inviteByEmail(
  team: Awaited<ReturnType<typeof createTeamWorkspace>>,
  email: string,
  role = "member" as const,
) {
  return createInvite(t.db, {
    workspaceId: team.workspaceId,
    inviter: { userId: team.admin.userId, role: "admin", name: team.admin.name },
    email,
    role,
    origin: ORIGIN,
  });
}

describe("invites", () => {
  it("by email: the mail arrives over SMTP, its link lets that address join once, with the role offered", async () => {
    const team = await createTeamWorkspace(t.db);
    const invitee = await createUser(t.db, { name: "Ines" });
    const since = Date.now();
    const invite = await inviteByEmail(team, invitee.user.email);
    expect(invite.mail).toBe("smtp");

    const mail = await mailbox.waitFor(invitee.user.email, { subject: /invited you to Film club/, since });
    const link = linkIn(mail, `${ORIGIN}/invite/`);
    expect(link).toBe(invite.url);
    const stored = await t.db.invite.findUniqueOrThrow({ where: { id: invite.id } });
    expect(stored.tokenHash).not.toContain(tokenOf(link)); // only the hash is stored
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const joined = await acceptInvite(t.db, { token: tokenOf(link), user: invitee.user });
    expect(joined).toMatchObject({ workspaceId: team.workspaceId, role: "member", alreadyMember: false });
    expect(await membership(invitee.user.id, team.workspaceId)).toEqual({ role: "member" });
    // Lands in the team: it is remembered as their current workspace.
    const user = await t.db.user.findUniqueOrThrow({ where: { id: invitee.user.id } });
    expect(user.activeWorkspaceId).toBe(team.workspaceId);

    // Redeemed twice: refused, whoever tries.
    const other = await createUser(t.db);
    await expect(acceptInvite(t.db, { token: tokenOf(link), user: invitee.user })).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("already been used"),
    });
    await expect(acceptInvite(t.db, { token: tokenOf(link), user: other.user })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await membership(other.user.id, team.workspaceId)).toBeNull();
  });

  it("by link: anyone signed in can redeem it, once", async () => {
    const team = await createTeamWorkspace(t.db);
    const invite = await createInvite(t.db, {
      workspaceId: team.workspaceId,
      inviter: { userId: team.owner.userId, role: "owner", name: team.owner.name },
      email: null,
      role: "viewer",
      origin: ORIGIN,
    });
    expect(invite.mail).toBeNull();
    const [first, second] = [await createUser(t.db), await createUser(t.db)];
    await acceptInvite(t.db, { token: tokenOf(invite.url), user: first.user });
    expect(await membership(first.user.id, team.workspaceId)).toEqual({ role: "viewer" });
    await expect(acceptInvite(t.db, { token: tokenOf(invite.url), user: second.user })).rejects.toMatchObject(
      {
        code: "conflict",
      },
    );
    expect(await membership(second.user.id, team.workspaceId)).toBeNull();
  });

  it("two redemptions at the same moment: exactly one joins", async () => {
    const team = await createTeamWorkspace(t.db);
    const invite = await createInvite(t.db, {
      workspaceId: team.workspaceId,
      inviter: { userId: team.owner.userId, role: "owner", name: team.owner.name },
      email: null,
      role: "member",
      origin: ORIGIN,
    });
    const users = await Promise.all([1, 2, 3, 4].map(() => createUser(t.db)));
    const results = await Promise.allSettled(
      users.map((u) => acceptInvite(t.db, { token: tokenOf(invite.url), user: u.user })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const joined = await t.db.membership.count({
      where: { workspaceId: team.workspaceId, userId: { in: users.map((u) => u.user.id) } },
    });
    expect(joined).toBe(1);
  });

  it("refuses an expired invite", async () => {
    const team = await createTeamWorkspace(t.db);
    const invitee = await createUser(t.db);
    const invite = await createInvite(t.db, {
      workspaceId: team.workspaceId,
      inviter: { userId: team.admin.userId, role: "admin", name: team.admin.name },
      email: invitee.user.email,
      role: "member",
      origin: ORIGIN,
      now: new Date(Date.now() - 8 * 86_400_000), // made 8 days ago: 7-day expiry passed
    });
    await expect(
      acceptInvite(t.db, { token: tokenOf(invite.url), user: invitee.user }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("expired"),
    });
    expect(await membership(invitee.user.id, team.workspaceId)).toBeNull();
  });

  it("refuses a revoked invite, and a second revoke", async () => {
    const team = await createTeamWorkspace(t.db);
    const invitee = await createUser(t.db);
    const invite = await inviteByEmail(team, invitee.user.email);
    await revokeInvite(t.db, { workspaceId: team.workspaceId, actorId: team.admin.userId, id: invite.id });
    await expect(
      acceptInvite(t.db, { token: tokenOf(invite.url), user: invitee.user }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringContaining("withdrawn"),
    });
    await expect(
      revokeInvite(t.db, { workspaceId: team.workspaceId, actorId: team.admin.userId, id: invite.id }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect(await membership(invitee.user.id, team.workspaceId)).toBeNull();
  });

  it("resent: the old link is dead, the newly mailed one works", async () => {
    const team = await createTeamWorkspace(t.db);
    const invitee = await createUser(t.db);
    const first = await inviteByEmail(team, invitee.user.email);
    const since = Date.now();
    const again = await resendInvite(t.db, {
      workspaceId: team.workspaceId,
      actor: { userId: team.admin.userId, role: "admin", name: team.admin.name },
      id: first.id,
      origin: ORIGIN,
    });
    expect(again.id).toBe(first.id);
    expect(again.url).not.toBe(first.url);
    await expect(acceptInvite(t.db, { token: tokenOf(first.url), user: invitee.user })).rejects.toMatchObject(
      {
        code: "not_found",
      },
    );
    const token = tokenOf(again.url).replace(/[-]/g, "\\-");
    const mail = await mailbox.waitFor(invitee.user.email, { since, text: new RegExp(token) });
    const link = linkIn(mail, `${ORIGIN}/invite/`);
    expect(link).toBe(again.url);
    await acceptInvite(t.db, { token: tokenOf(link), user: invitee.user });
    expect(await membership(invitee.user.id, team.workspaceId)).toEqual({ role: "member" });
  });

  it("an email invite cannot be redeemed by another signed-in address, and stays usable by the right one", async () => {
    const team = await createTeamWorkspace(t.db);
    const invitee = await createUser(t.db);
    const intruder = await createUser(t.db);
    const invite = await inviteByEmail(team, invitee.user.email);
    await expect(
      acceptInvite(t.db, { token: tokenOf(invite.url), user: intruder.user }),
    ).rejects.toMatchObject({
      code: "forbidden",
      message: expect.stringContaining(invitee.user.email),
    });
    expect(await membership(intruder.user.id, team.workspaceId)).toBeNull();
    await acceptInvite(t.db, { token: tokenOf(invite.url), user: invitee.user });
    expect(await membership(invitee.user.id, team.workspaceId)).toEqual({ role: "member" });
  });

  it("never grants a role above what the inviter may give, at creation or at redemption", async () => {
    const team = await createTeamWorkspace(t.db);
    const before = await t.db.invite.count({ where: { workspaceId: team.workspaceId } });
    const asAdmin = (role: "admin" | "owner") =>
      createInvite(t.db, {
        workspaceId: team.workspaceId,
        inviter: { userId: team.admin.userId, role: "admin", name: team.admin.name },
        email: uniqueEmail(),
        role,
        origin: ORIGIN,
      });
    await expect(asAdmin("admin")).rejects.toMatchObject({ code: "forbidden" });
    await expect(asAdmin("owner")).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      createInvite(t.db, {
        workspaceId: team.workspaceId,
        inviter: { userId: team.member.userId, role: "member", name: team.member.name },
        email: null,
        role: "viewer",
        origin: ORIGIN,
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await t.db.invite.count({ where: { workspaceId: team.workspaceId } })).toBe(before);

    // Made by an admin who is a member by the time it is redeemed: no longer theirs to give.
    const invitee = await createUser(t.db);
    const invite = await inviteByEmail(team, invitee.user.email, "member");
    await t.db.membership.update({
      where: { userId_workspaceId: { userId: team.admin.userId, workspaceId: team.workspaceId } },
      data: { role: "member" },
    });
    await expect(
      acceptInvite(t.db, { token: tokenOf(invite.url), user: invitee.user }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await membership(invitee.user.id, team.workspaceId)).toBeNull();
  });

  it("a personal studio cannot invite; a malformed or unknown token is not found", async () => {
    const solo = await createUser(t.db);
    await expect(
      createInvite(t.db, {
        workspaceId: solo.workspace.id,
        inviter: { userId: solo.user.id, role: "owner", name: "Solo" },
        email: null,
        role: "member",
        origin: ORIGIN,
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    const someone = await createUser(t.db);
    await expect(acceptInvite(t.db, { token: "nope", user: someone.user })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(acceptInvite(t.db, { token: "A".repeat(43), user: someone.user })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  describe("signing up through an invite", () => {
    const account = (email: string) => ({ name: "New Person", email, password: "a-long-enough-password" });
    const smtp = { origin: ORIGIN, confirmByMail: true };

    it("an email invite proves the mailbox: a verified account, in the team at once", async () => {
      const team = await createTeamWorkspace(t.db);
      const email = uniqueEmail("joiner");
      const invite = await inviteByEmail(team, email);
      const answer = await signUpThroughInvite(t.db, { ...account(email), token: tokenOf(invite.url) }, smtp);
      expect(answer).toEqual({ kind: "joined" });
      const user = await t.db.user.findUniqueOrThrow({ where: { email } });
      expect(user.emailVerified).not.toBeNull();
      expect(user.activeWorkspaceId).toBe(team.workspaceId);
      expect(await membership(user.id, team.workspaceId)).toEqual({ role: "member" });
    });

    it("refuses another address than the invite's, creating nothing", async () => {
      const team = await createTeamWorkspace(t.db);
      const invite = await inviteByEmail(team, uniqueEmail("invited"));
      const other = uniqueEmail("other");
      const answer = await signUpThroughInvite(t.db, { ...account(other), token: tokenOf(invite.url) }, smtp);
      expect(answer).toMatchObject({
        kind: "refused",
        message: expect.stringContaining("This invite is for"),
      });
      expect(await t.db.user.count({ where: { email: other } })).toBe(0);
    });

    it("a link invite where mail leaves: confirm by mail, the same answer for a taken address (invite left unused)", async () => {
      const team = await createTeamWorkspace(t.db);
      const link = await createInvite(t.db, {
        workspaceId: team.workspaceId,
        inviter: { userId: team.owner.userId, role: "owner", name: team.owner.name },
        email: null,
        role: "member",
        origin: ORIGIN,
      });
      const taken = await createUser(t.db);
      const takenAnswer = await signUpThroughInvite(
        t.db,
        { ...account(taken.user.email), token: tokenOf(link.url) },
        smtp,
      );
      expect(await membership(taken.user.id, team.workspaceId)).toBeNull();

      const email = uniqueEmail("linked");
      const since = Date.now();
      const newAnswer = await signUpThroughInvite(
        t.db,
        { ...account(email), token: tokenOf(link.url) },
        smtp,
      );
      expect(newAnswer).toEqual({ kind: "check-inbox" });
      expect(takenAnswer).toEqual(newAnswer);
      const user = await t.db.user.findUniqueOrThrow({ where: { email } });
      expect(user.emailVerified).toBeNull();
      expect(await membership(user.id, team.workspaceId)).toEqual({ role: "member" });
      await mailbox.waitFor(email, { since });
    });
  });
});
