import "server-only";
import NextAuth, { type AuthError, CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db/client";
import { env } from "@/lib/config/env";
import { authErrorCode, isAuthError } from "./auth-error";
import { authSecret } from "@/lib/config/secrets";
import { createPersonalWorkspace } from "@/lib/workspaces/create-personal-workspace";
import { signInSchema, verifyCredentials } from "./credentials";
import { clientIp } from "./client-ip";
import { confirmEmail } from "./confirm-email";
import { mailDelivery } from "@/lib/mail/transport";
import { log } from "@/lib/log/logger";

/** Refused before the password was checked; the action reads `code` and the wait, never the class. */
export class ThrottledSignIn extends CredentialsSignin {
  override code = "throttled";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** The right password for an address not confirmed yet (only while mail really leaves). */
export class UnverifiedSignIn extends CredentialsSignin {
  override code = "unverified";
}

function oauthProviders(): NextAuthConfig["providers"] {
  const { AUTH_GITHUB_ID, AUTH_GITHUB_SECRET, AUTH_GOOGLE_ID, AUTH_GOOGLE_SECRET } = env();
  return [
    ...(AUTH_GITHUB_ID && AUTH_GITHUB_SECRET
      ? [GitHub({ clientId: AUTH_GITHUB_ID, clientSecret: AUTH_GITHUB_SECRET })]
      : []),
    ...(AUTH_GOOGLE_ID && AUTH_GOOGLE_SECRET
      ? [Google({ clientId: AUTH_GOOGLE_ID, clientSecret: AUTH_GOOGLE_SECRET })]
      : []),
  ];
}

export const EMAIL_LINK_PROVIDER = "email-link";

export const oauthProviderIds = () => oauthProviders().map((p) => (typeof p === "function" ? p().id : p.id));

// Lazy config: nothing (secrets, database) is touched until a request needs it — `next build` included.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  // The adapter's types fit Prisma 7 loosely (docs/build-notes.md); the runtime contract matches.
  adapter: PrismaAdapter(db as never) as Adapter,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  logger: {
    // A refused sign-in (wrong password, throttled, unconfirmed) is an expected answer, not a
    // fault: one line without a stack. Anything else is logged as Auth.js would.
    error(error: Error) {
      const type = isAuthError(error) ? error.type : undefined;
      if (type === "CredentialsSignin")
        return void log.info(
          { event: "auth.refused", reason: String(authErrorCode(error as AuthError) ?? "invalid") },
          "sign-in refused",
        );
      log.error({ event: "auth.error", type: type ?? error.name, err: error.cause ?? error }, error.message);
    },
  },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const outcome = await verifyCredentials(db, {
          ...parsed.data,
          ip: clientIp(request.headers),
          requireVerifiedEmail: mailDelivery() === "smtp",
        });
        if (outcome.ok) return { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name };
        if (outcome.reason === "throttled") throw new ThrottledSignIn(outcome.retryAfterSeconds);
        if (outcome.reason === "unverified") throw new UnverifiedSignIn();
        return null;
      },
    }),
    // One-time sign-in through a confirmation link: the token, consumed atomically, is the proof.
    Credentials({
      id: EMAIL_LINK_PROVIDER,
      name: "Email link",
      credentials: { token: {} },
      async authorize(raw) {
        const token = typeof raw?.token === "string" ? raw.token : "";
        const outcome = await confirmEmail(db, token);
        return outcome.ok ? outcome.user : null;
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async jwt({ token, user }) {
      const userId = user?.id ?? token.sub;
      if (!userId) return null;
      // Checked on every request so "sign out everywhere" revokes JWTs that are still unexpired.
      const current = await db.user.findUnique({
        where: { id: userId },
        select: { sessionVersion: true, name: true, email: true },
      });
      if (!current) return null;
      if (user) token.sv = current.sessionVersion;
      else if (token.sv !== current.sessionVersion) return null;
      token.sub = userId;
      // Read on the same lookup: a name or address changed in Settings shows everywhere at once.
      token.name = current.name;
      token.email = current.email;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
  events: {
    // OAuth sign-ups arrive through the adapter; give them their personal workspace too.
    async createUser({ user }) {
      if (!user.id || !user.email) return;
      const { id, email } = user;
      await db.$transaction((tx) => createPersonalWorkspace(tx, { id, email, name: user.name ?? null }));
    },
  },
}));
