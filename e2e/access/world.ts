/**
 * A small world for one cell of the access matrix, written straight into the server's
 * PostgreSQL database: a team workspace with one user per role, a stranger with a personal
 * studio of their own, and something of each kind to act on. Sessions are minted as Auth.js
 * would (an encrypted JWT with the same secret), so the matrix tests authorization, not sign-in.
 */
import { createHash, randomBytes } from "node:crypto";
import { encode } from "@auth/core/jwt";
import type pg from "pg";
import { TEST_AUTH_SECRET } from "../support/app-server";

export const ACTORS = [
  "anonymous",
  "stranger",
  "stranger naming the team",
  "viewer",
  "member",
  "admin",
  "owner",
] as const;
export type Actor = (typeof ACTORS)[number];
export type TeamRole = "viewer" | "member" | "admin" | "owner";

export interface World {
  teamId: string;
  teamName: string;
  strangerWorkspaceId: string;
  users: Record<TeamRole | "stranger", { id: string; email: string; cookie: string }>;
  /** A finished video by the owner, one by the member, a queued one by each. */
  ownerVideo: string;
  memberVideo: string;
  ownerQueued: string;
  memberQueued: string;
  /** A pending email invite (member role) and a pending link invite, with the link's token. */
  invite: string;
  linkInviteToken: string;
}

const now = () => new Date().toISOString();
const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;

async function sessionCookie(user: { id: string; email: string; name: string }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: 1, email: user.email, name: user.name },
    secret: TEST_AUTH_SECRET,
    salt: "authjs.session-token",
  });
  return `authjs.session-token=${token}`;
}

export async function seedWorld(db: pg.Client): Promise<World> {
  const t = now();
  const teamId = id("ws");
  const teamName = `Team ${randomBytes(3).toString("hex")}`;
  const strangerWorkspaceId = id("ws");
  const roles: Array<TeamRole | "stranger"> = ["viewer", "member", "admin", "owner", "stranger"];
  const users = {} as World["users"];
  for (const role of roles) {
    const user = {
      id: id("u"),
      email: `${role}-${randomBytes(4).toString("hex")}@example.test`,
      name: `The ${role}`,
    };
    await db.query(
      `INSERT INTO "User" (id, email, name, "sessionVersion", "createdAt", "updatedAt") VALUES ($1, $2, $3, 1, $4, $4)`,
      [user.id, user.email, user.name, t],
    );
    users[role] = { id: user.id, email: user.email, cookie: await sessionCookie(user) };
  }
  await db.query(
    `INSERT INTO "Workspace" (id, name, slug, personal, "createdAt", "updatedAt") VALUES ($1, $2, $3, false, $5, $5), ($4, 'Stranger''s studio', $6, true, $5, $5)`,
    [teamId, teamName, `${teamId}-slug`, strangerWorkspaceId, t, `${strangerWorkspaceId}-slug`],
  );
  for (const role of ["viewer", "member", "admin", "owner"] as const) {
    await db.query(
      `INSERT INTO "Membership" ("userId", "workspaceId", role, "createdAt") VALUES ($1, $2, $3, $4)`,
      [users[role].id, teamId, role, t],
    );
  }
  await db.query(
    `INSERT INTO "Membership" ("userId", "workspaceId", role, "createdAt") VALUES ($1, $2, 'owner', $3)`,
    [users.stranger.id, strangerWorkspaceId, t],
  );
  const video = async (creator: string, state: string) => {
    const g = id("g");
    await db.query(
      `INSERT INTO "Generation" (id, "workspaceId", "creatorId", prompt, model, "aspectRatio", resolution, "durationSec", "idempotencyKey", state, "providerVideoUrl", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, 'A red kite over the sea', 'grok-imagine-video', '16:9', '480p', 6, $4, $5, $6, $7, $7)`,
      [
        g,
        teamId,
        creator,
        randomBytes(16).toString("hex"),
        state,
        state === "ready" ? "https://cdn.acedata.cloud/kite.mp4" : null,
        t,
      ],
    );
    return g;
  };
  const invite = id("inv");
  const linkInviteToken = randomBytes(32).toString("base64url");
  const hash = (token: string) => createHash("sha256").update(token).digest("hex");
  const expires = new Date(Date.now() + 86_400_000).toISOString();
  await db.query(
    `INSERT INTO "Invite" (id, "workspaceId", email, role, "tokenHash", "invitedById", "expiresAt", "createdAt")
     VALUES ($1, $2, $3, 'member', $4, $5, $6, $7), ($8, $2, NULL, 'viewer', $9, $5, $6, $7)`,
    [
      invite,
      teamId,
      `invitee-${randomBytes(4).toString("hex")}@example.test`,
      hash(randomBytes(32).toString("base64url")),
      users.owner.id,
      expires,
      t,
      id("inv"),
      hash(linkInviteToken),
    ],
  );
  return {
    teamId,
    teamName,
    strangerWorkspaceId,
    users,
    ownerVideo: await video(users.owner.id, "ready"),
    memberVideo: await video(users.member.id, "ready"),
    ownerQueued: await video(users.owner.id, "queued"),
    memberQueued: await video(users.member.id, "queued"),
    invite,
    linkInviteToken,
  };
}

/**
 * Everything of this world in the database, as one digest: equal before and after a refused call
 * means the refusal changed nothing at all.
 */
export async function fingerprint(
  db: pg.Client,
  world: World,
  scope: "world" | "team" = "world",
): Promise<string> {
  // "team": only what belongs to the team, for a stranger acting in their own studio.
  const workspaces = scope === "team" ? [world.teamId] : [world.teamId, world.strangerWorkspaceId];
  const users = Object.entries(world.users)
    .filter(([role]) => scope === "world" || role !== "stranger")
    .map(([, u]) => u.id);
  const digest = async (table: string, column: string, ids: string[]) => {
    const { rows } = await db.query(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${table}" t WHERE "${column}" = ANY($1)`,
      [ids],
    );
    return `${table}:${rows[0].d}`;
  };
  const parts = await Promise.all([
    digest("Workspace", "id", workspaces),
    digest("User", "id", users),
    digest("Membership", "workspaceId", workspaces),
    digest("Generation", "workspaceId", workspaces),
    digest("Invite", "workspaceId", workspaces),
    digest("UsageEvent", "workspaceId", workspaces),
    digest("ActivityEvent", "workspaceId", workspaces),
    digest("Asset", "workspaceId", workspaces),
    digest("PasswordResetToken", "userId", users),
    digest("CreateDraft", "workspaceId", workspaces),
    digest("Comment", "workspaceId", workspaces),
    digest("CommentMention", "userId", users),
    digest("ShareLink", "workspaceId", workspaces),
  ]);
  return parts.join("\n");
}
