import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "@/lib/testing/test-database";
import { createUser, uniqueEmail } from "@/lib/testing/factories";
import { linkIn, startAppMailbox, type Mailbox } from "@/lib/testing/mailbox";
import { verifyCredentials } from "./credentials";
import { passwordResetStatus } from "./password-reset-status";
import { THROTTLE_RULES } from "@/lib/security/throttle-policy";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

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

let next = 1;
const ip = () => `203.0.113.${next++}`;

/** Asks for a reset link the way the form does and returns the token from the new mail received. */
async function mailedToken(email: string): Promise<string> {
  const earlier = mailbox.messages.length;
  expect(await requestPasswordReset(t.db, { email, ip: ip(), origin: ORIGIN })).toBe("sent");
  const mail = await mailbox.waitFor(email, { subject: /Reset your/, after: earlier });
  return linkIn(mail, `${ORIGIN}/reset-password/`).slice(`${ORIGIN}/reset-password/`.length);
}

describe("password reset", () => {
  it("mails a link that sets the new password, revokes every session and verifies the address", async () => {
    const { user, password } = await createUser(t.db);
    const token = await mailedToken(user.email);
    expect(await passwordResetStatus(t.db, token)).toBe("usable");
    const stored = await t.db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token); // only the hash is kept
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBeCloseTo(60 * 60 * 1000, -3);

    const outcome = await resetPassword(t.db, { token, password: "a brand new password" });
    expect(outcome).toEqual({ ok: true, userId: user.id, email: user.email });

    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerified).toBeInstanceOf(Date);
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      reason: "invalid",
    });
    expect(
      await verifyCredentials(t.db, { email: user.email, password: "a brand new password", ip: ip() }),
    ).toMatchObject({ ok: true });
  });

  it("works once: a second use, even at the same moment, is refused", async () => {
    const { user } = await createUser(t.db);
    const token = await mailedToken(user.email);
    const both = await Promise.all([
      resetPassword(t.db, { token, password: "first new password" }),
      resetPassword(t.db, { token, password: "second new password" }),
    ]);
    expect(both.filter((o) => o.ok)).toHaveLength(1);
    expect(both.filter((o) => !o.ok)).toEqual([{ ok: false, reason: "invalid-link" }]);
    expect(await passwordResetStatus(t.db, token)).toBe("used");
    expect(await resetPassword(t.db, { token, password: "third new password" })).toEqual({
      ok: false,
      reason: "invalid-link",
    });
    const after = await t.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses an expired link and leaves the password alone", async () => {
    const { user, password } = await createUser(t.db);
    const token = await mailedToken(user.email);
    await t.db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await passwordResetStatus(t.db, token)).toBe("expired");
    expect(await resetPassword(t.db, { token, password: "too late password" })).toEqual({
      ok: false,
      reason: "invalid-link",
    });
    expect(await verifyCredentials(t.db, { email: user.email, password, ip: ip() })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a wrong or malformed token", async () => {
    const { user } = await createUser(t.db);
    const token = await mailedToken(user.email);
    const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await passwordResetStatus(t.db, wrong)).toBe("unknown");
    expect(await passwordResetStatus(t.db, "../../etc")).toBe("unknown");
    expect(await resetPassword(t.db, { token: wrong, password: "guessed password" })).toEqual({
      ok: false,
      reason: "invalid-link",
    });
    expect(await passwordResetStatus(t.db, token)).toBe("usable");
  });

  it("kills the user's other outstanding links once one is used", async () => {
    const { user } = await createUser(t.db);
    const older = await mailedToken(user.email);
    const newer = await mailedToken(user.email);
    expect(older).not.toBe(newer);
    expect(await resetPassword(t.db, { token: newer, password: "the newest password" })).toMatchObject({
      ok: true,
    });
    expect(await passwordResetStatus(t.db, older)).toBe("used");
    expect(await resetPassword(t.db, { token: older, password: "an older password" })).toEqual({
      ok: false,
      reason: "invalid-link",
    });
  });

  it("sends nothing for an unknown address", async () => {
    const email = uniqueEmail("nobody");
    expect(await requestPasswordReset(t.db, { email, ip: ip(), origin: ORIGIN })).toBe("no-account");
    // A request returns only after its mail was accepted, and the mailbox keeps a mail before
    // accepting it: any mail this request sent is already here.
    expect(mailbox.messages.filter((m) => m.to.includes(email))).toHaveLength(0);
  });

  it("cannot be used to flood a mailbox: requests per address are capped", async () => {
    const { user } = await createUser(t.db);
    const outcomes = [];
    for (let i = 0; i < THROTTLE_RULES["reset-email"].limit + 2; i++)
      outcomes.push(await requestPasswordReset(t.db, { email: user.email, ip: ip(), origin: ORIGIN }));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(THROTTLE_RULES["reset-email"].limit);
    expect(outcomes.at(-1)).toBe("throttled");
    // Every request has returned, so every mail they sent is here (see "sends nothing" above).
    expect(mailbox.messages.filter((m) => m.to.includes(user.email))).toHaveLength(
      THROTTLE_RULES["reset-email"].limit,
    );
  });

  it("caps requests from one address across many accounts", async () => {
    const address = ip();
    const outcomes = [];
    for (let i = 0; i < THROTTLE_RULES["reset-ip"].limit + 1; i++)
      outcomes.push(
        await requestPasswordReset(t.db, { email: uniqueEmail("spray"), ip: address, origin: ORIGIN }),
      );
    expect(outcomes.slice(0, THROTTLE_RULES["reset-ip"].limit).every((o) => o === "no-account")).toBe(true);
    expect(outcomes.at(-1)).toBe("throttled");
  });
});
