import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser, uniqueEmail } from "@/lib/testing/factories";
import { linkIn, startAppMailbox, type Mailbox, type ReceivedMail } from "@/lib/testing/mailbox";
import { confirmEmail, emailConfirmationStatus } from "./confirm-email";
import { verifyCredentials } from "./credentials";
import { registerUser } from "./register-user";
import { sendEmailConfirmation } from "./send-email-confirmation";
import { signUp } from "./sign-up";
import { THROTTLE_RULES } from "@/lib/security/throttle-policy";

const ORIGIN = "http://studio.test";
const SMTP = { origin: ORIGIN, confirmByMail: true };
const LOG_ONLY = { origin: ORIGIN, confirmByMail: false };
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

let next = 1;
const ip = () => `192.0.2.${next++}`;
const input = (email: string) => ({ name: "Grace", email, password: "a long enough password" });

/** Signs up a new address with mail on, and returns the token of the confirmation link mailed. */
async function signUpAndReadLink(email: string): Promise<string> {
  const earlier = mailbox.messages.length;
  await signUp(t.db, input(email), SMTP);
  return confirmationToken(await mailbox.waitFor(email, { subject: /Finish signing up/, after: earlier }));
}

const confirmationToken = (mail: ReceivedMail) =>
  linkIn(mail, `${ORIGIN}/confirm-email/`).slice(`${ORIGIN}/confirm-email/`.length);

describe("sign-up with mail that really leaves", () => {
  it("30 sign-ups naming one existing address mail its owner twice a day at most, and answer all alike", async () => {
    const { user: owner } = await createUser(t.db);
    const answers = [];
    for (let i = 0; i < 30; i++)
      answers.push(await signUp(t.db, { ...input(owner.email), name: "Mallory" }, SMTP));
    expect(new Set(answers.map((a) => a.kind))).toEqual(new Set(["check-inbox"]));
    // Every sign-up returned after its mail (if any) was accepted, so all of them are here.
    expect(mailbox.messages.filter((m) => m.to.includes(owner.email))).toHaveLength(
      THROTTLE_RULES["signup-mail-email"].limit,
    );
  });

  it("answers a taken address exactly like a new one, leaves the account alone and mails its owner", async () => {
    const { user: owner } = await createUser(t.db);
    const before = await t.db.user.findUniqueOrThrow({ where: { id: owner.id } });
    const since = Date.now();

    const fresh = await signUp(t.db, input(uniqueEmail("new")), SMTP);
    const taken = await signUp(t.db, { ...input(owner.email), name: "Mallory" }, SMTP);
    expect(taken).toEqual(fresh);
    expect(fresh).toEqual({ kind: "check-inbox" });

    expect(await t.db.user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(before);
    expect(await t.db.workspace.count({ where: { name: "Mallory's studio" } })).toBe(0);
    const note = await mailbox.waitFor(owner.email, { subject: /tried to sign up/, since });
    expect(linkIn(note, `${ORIGIN}/sign-in`)).toBe(`${ORIGIN}/sign-in`);
    expect(linkIn(note, `${ORIGIN}/forgot-password`)).toBe(`${ORIGIN}/forgot-password`);
    // Both sign-ups returned after their mails were accepted (the mailbox keeps a mail before
    // accepting it), so a second mail to the owner would be here already.
    expect(mailbox.messages.filter((m) => m.to.includes(owner.email))).toHaveLength(1);
  });

  it("creates a new account unconfirmed; its password alone does not open it", async () => {
    const email = uniqueEmail("unconfirmed");
    await signUpAndReadLink(email);
    const created = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(created.emailVerified).toBeNull();
    expect(
      await verifyCredentials(t.db, {
        email,
        password: "a long enough password",
        ip: ip(),
        requireVerifiedEmail: true,
      }),
    ).toMatchObject({ ok: false, reason: "unverified" });
  });

  it("confirms the address once through the mailed link, which signs the user in", async () => {
    const email = uniqueEmail("confirm");
    const token = await signUpAndReadLink(email);
    const stored = await t.db.verificationToken.findFirstOrThrow({
      where: { identifier: `confirm-email:${email}` },
    });
    expect(stored.token).not.toBe(token); // only the hash
    expect(stored.expires.getTime() - Date.now()).toBeGreaterThan(23.9 * 60 * 60 * 1000);
    expect(await emailConfirmationStatus(t.db, token)).toBe("usable");

    const both = await Promise.all([confirmEmail(t.db, token), confirmEmail(t.db, token)]);
    const user = await t.db.user.findUniqueOrThrow({ where: { email } });
    expect(both.filter((o) => o.ok)).toEqual([{ ok: true, user: { id: user.id, email, name: "Grace" } }]);
    expect(user.emailVerified).toBeInstanceOf(Date);
    expect(await emailConfirmationStatus(t.db, token)).toBe("unknown");
    expect(await confirmEmail(t.db, token)).toEqual({ ok: false, reason: "invalid-link" });
    expect(
      await verifyCredentials(t.db, {
        email,
        password: "a long enough password",
        ip: ip(),
        requireVerifiedEmail: true,
      }),
    ).toMatchObject({ ok: true });
  });

  it("keeps where the person was going in the mailed link, and only a path of this site", async () => {
    const going = uniqueEmail("going");
    const earlier = mailbox.messages.length;
    await signUp(t.db, input(going), { ...SMTP, next: "/s/tok_abc/0/remix" });
    const mail = await mailbox.waitFor(going, { subject: /Finish signing up/, after: earlier });
    const link = new URL(linkIn(mail, `${ORIGIN}/confirm-email/`));
    expect(link.searchParams.get("next")).toBe("/s/tok_abc/0/remix");
    expect(await emailConfirmationStatus(t.db, link.pathname.split("/").pop()!)).toBe("usable");

    const astray = uniqueEmail("astray");
    const before = mailbox.messages.length;
    await signUp(t.db, input(astray), { ...SMTP, next: "//evil.test/steal" });
    const plain = await mailbox.waitFor(astray, { subject: /Finish signing up/, after: before });
    expect(new URL(linkIn(plain, `${ORIGIN}/confirm-email/`)).search).toBe("");
  });

  it("refuses an expired or made-up confirmation link", async () => {
    const email = uniqueEmail("late");
    const token = await signUpAndReadLink(email);
    await t.db.verificationToken.updateMany({
      where: { identifier: `confirm-email:${email}` },
      data: { expires: new Date(Date.now() - 1000) },
    });
    expect(await emailConfirmationStatus(t.db, token)).toBe("expired");
    expect(await confirmEmail(t.db, token)).toEqual({ ok: false, reason: "invalid-link" });
    expect(await confirmEmail(t.db, "x".repeat(43))).toEqual({ ok: false, reason: "invalid-link" });
    expect((await t.db.user.findUniqueOrThrow({ where: { email } })).emailVerified).toBeNull();
  });
});

describe("sign-up with mail only in the server log", () => {
  it("opens a new account at once and refuses a taken address without touching it", async () => {
    const { user: owner } = await createUser(t.db);
    const email = uniqueEmail("log");
    expect(await signUp(t.db, input(email), LOG_ONLY)).toEqual({ kind: "signed-up" });
    expect(
      await verifyCredentials(t.db, { email, password: "a long enough password", ip: ip() }),
    ).toMatchObject({ ok: true });
    expect(await signUp(t.db, input(owner.email), LOG_ONLY)).toEqual({ kind: "taken" });
    expect(await t.db.user.count({ where: { email: owner.email } })).toBe(1);
  });
});

describe("registerUser for a mailbox already proven (invites)", () => {
  it("creates the account verified when told so", async () => {
    const { user } = await registerUser(t.db, input(uniqueEmail("invited")), { verified: true });
    const stored = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.emailVerified).toBeInstanceOf(Date);
  });
});

describe("sendEmailConfirmation", () => {
  it("sends a new link to an unconfirmed address, but not twice within a minute nor to a confirmed one", async () => {
    const email = uniqueEmail("resend");
    const first = await signUpAndReadLink(email);
    expect(await sendEmailConfirmation(t.db, { email, origin: ORIGIN })).toBe("recently-sent");
    await t.db.verificationToken.updateMany({
      where: { identifier: `confirm-email:${email}` },
      data: { expires: new Date(Date.now() + 23 * 60 * 60 * 1000) },
    });
    const earlier = mailbox.messages.length;
    expect(await sendEmailConfirmation(t.db, { email, origin: ORIGIN })).toBe("sent");
    const second = confirmationToken(
      await mailbox.waitFor(email, { subject: /Finish signing up/, after: earlier }),
    );
    expect(second).not.toBe(first);
    expect(await confirmEmail(t.db, second)).toMatchObject({ ok: true });
    // Confirming drops the address's other links.
    expect(await emailConfirmationStatus(t.db, first)).toBe("unknown");
    expect(await sendEmailConfirmation(t.db, { email, origin: ORIGIN })).toBe("not-needed");
  });
});
