/**
 * A small world for the access matrix, written through Prisma: a team workspace with one user per
 * role, a stranger with a personal studio of their own, and something of each kind to act on.
 * The e2e spec seeds it on the server's database too, so nothing here may import a server-only
 * module (the app's factories do: they sign users up with a hashed password, which no call of
 * the matrix needs and which would cost more than the whole call).
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { TeamRole } from "./matrix";

export interface World {
  teamId: string;
  teamName: string;
  strangerWorkspaceId: string;
  users: Record<TeamRole | "stranger", { id: string; email: string; name: string }>;
  /** A finished video by the owner, one by the member, a queued one by each. */
  ownerVideo: string;
  memberVideo: string;
  ownerQueued: string;
  memberQueued: string;
  /** A pending email invite (member role) and a pending link invite, with the link's token. */
  invite: string;
  linkInviteToken: string;
}

const id = (prefix: string) => `${prefix}${randomBytes(8).toString("hex")}`;
const sha256 = (token: string) => createHash("sha256").update(token).digest("hex");
const ROLES: TeamRole[] = ["viewer", "member", "admin", "owner"];

export async function seedWorld(db: PrismaClient): Promise<World> {
  const teamId = id("ws");
  const teamName = `Team ${randomBytes(3).toString("hex")}`;
  const strangerWorkspaceId = id("ws");
  const users = Object.fromEntries(
    [...ROLES, "stranger" as const].map((role) => [
      role,
      { id: id("u"), email: `${role}-${randomBytes(4).toString("hex")}@example.test`, name: `The ${role}` },
    ]),
  ) as World["users"];
  const video = (creator: "owner" | "member", state: "ready" | "queued") => ({
    id: id("g"),
    workspaceId: teamId,
    creatorId: users[creator].id,
    prompt: "A red kite over the sea",
    model: "grok-imagine-video",
    aspectRatio: "16:9",
    resolution: "480p",
    durationSec: 6,
    idempotencyKey: randomUUID(),
    state,
    providerVideoUrl: state === "ready" ? "https://cdn.acedata.cloud/kite.mp4" : null,
  });
  const videos = [
    video("owner", "ready"),
    video("member", "ready"),
    video("owner", "queued"),
    video("member", "queued"),
  ];
  const invite = id("inv");
  const linkInviteToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + 86_400_000);

  // One batch: a world per call of the matrix, so its cost is most of the matrix's.
  await db.$transaction([
    db.user.createMany({ data: Object.values(users) }),
    db.workspace.createMany({
      data: [
        { id: teamId, name: teamName, slug: `${teamId}-slug` },
        {
          id: strangerWorkspaceId,
          name: "Stranger's studio",
          slug: `${strangerWorkspaceId}-slug`,
          personal: true,
        },
      ],
    }),
    db.membership.createMany({
      data: [
        ...ROLES.map((role) => ({ userId: users[role].id, workspaceId: teamId, role })),
        { userId: users.stranger.id, workspaceId: strangerWorkspaceId, role: "owner" as const },
      ],
    }),
    db.generation.createMany({ data: videos }),
    db.invite.createMany({
      data: [
        {
          id: invite,
          workspaceId: teamId,
          email: `invitee-${randomBytes(4).toString("hex")}@example.test`,
          role: "member",
          tokenHash: sha256(randomBytes(32).toString("base64url")),
          invitedById: users.owner.id,
          expiresAt,
        },
        {
          id: id("inv"),
          workspaceId: teamId,
          email: null,
          role: "viewer",
          tokenHash: sha256(linkInviteToken),
          invitedById: users.owner.id,
          expiresAt,
        },
      ],
    }),
  ]);
  const [ownerVideo, memberVideo, ownerQueued, memberQueued] = videos.map((v) => v.id) as [
    string,
    string,
    string,
    string,
  ];
  return {
    teamId,
    teamName,
    strangerWorkspaceId,
    users,
    ownerVideo,
    memberVideo,
    ownerQueued,
    memberQueued,
    invite,
    linkInviteToken,
  };
}

/** Tables of a world and how a row belongs to it: by one of its workspaces, or one of its users. */
const DIGESTED: Array<[table: string, where: string]> = [
  ["Workspace", `id = ANY($1) OR id IN (SELECT "workspaceId" FROM "Membership" WHERE "userId" = ANY($2))`],
  ["User", `id = ANY($2)`],
  ["Membership", `"workspaceId" = ANY($1) OR "userId" = ANY($2)`],
  ["Generation", `"workspaceId" = ANY($1)`],
  ["Invite", `"workspaceId" = ANY($1)`],
  ["UsageEvent", `"workspaceId" = ANY($1)`],
  ["ActivityEvent", `"workspaceId" = ANY($1)`],
  ["Asset", `"workspaceId" = ANY($1)`],
  ["PasswordResetToken", `"userId" = ANY($2)`],
  ["CreateDraft", `"workspaceId" = ANY($1)`],
  ["Comment", `"workspaceId" = ANY($1)`],
  ["CommentMention", `"userId" = ANY($2)`],
  ["ShareLink", `"workspaceId" = ANY($1)`],
  ["ShareLinkItem", `"shareLinkId" IN (SELECT id FROM "ShareLink" WHERE "workspaceId" = ANY($1))`],
  ["Storyboard", `"workspaceId" = ANY($1)`],
  ["Shot", `"storyboardId" IN (SELECT id FROM "Storyboard" WHERE "workspaceId" = ANY($1))`],
  ["Character", `"workspaceId" = ANY($1)`],
];

const DIGEST_SQL = `SELECT ${DIGESTED.map(
  ([table, where], i) =>
    `(SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM "${table}" t WHERE ${where}) AS d${i}`,
).join(", ")}`;

async function digest(db: PrismaClient, workspaces: string[], users: string[]): Promise<string> {
  const [row] = await db.$queryRawUnsafe<Array<Record<string, string>>>(DIGEST_SQL, workspaces, users);
  return DIGESTED.map(([table], i) => `${table}:${row?.[`d${i}`]}`).join("\n");
}

/**
 * Everything of this world in the database, as one digest: equal before and after a refused call
 * means the refusal changed nothing at all. "team" leaves out the stranger and their studio (for
 * a stranger acting in their own studio).
 */
export function fingerprint(
  db: PrismaClient,
  world: World,
  scope: "world" | "team" = "world",
): Promise<string> {
  const teamUsers = ROLES.map((role) => world.users[role].id);
  return scope === "team"
    ? digest(db, [world.teamId], teamUsers)
    : digest(db, [world.teamId, world.strangerWorkspaceId], [...teamUsers, world.users.stranger.id]);
}

/** The member's finished video failed to be copied twice and will be tried again. */
export async function failMemberCopy(db: PrismaClient, w: World) {
  await db.generation.update({
    where: { id: w.memberVideo },
    data: { state: "succeeded", mirrorAttempts: 2, mirrorError: "The file host answered 500." },
  });
}

/** The member's video gets a stored copy (only those can be shared). */
export async function storeMemberVideo(db: PrismaClient, w: World) {
  const asset = `asset-${w.teamId}`;
  await db.generation.update({
    where: { id: w.memberVideo },
    data: {
      videoAsset: {
        create: {
          id: asset,
          workspaceId: w.teamId,
          kind: "video",
          storageKey: `videos/${asset}.mp4`,
          contentType: "video/mp4",
          sizeBytes: 1000,
          checksum: "0".repeat(64),
        },
      },
    },
  });
}

/**
 * A live share link of the member's video, made by `maker` (its id is derived from the team's);
 * with `stopped`, one that stopped when its maker left (the member row stays: only the link is).
 */
export const shareLinkId = (w: World, maker: "member" | "owner") => `share-${maker}-${w.teamId}`;
export async function seedShareLink(db: PrismaClient, w: World, maker: "member" | "owner", stopped = false) {
  const linkId = shareLinkId(w, maker);
  await db.shareLink.create({
    data: {
      id: linkId,
      workspaceId: w.teamId,
      createdById: w.users[maker].id,
      tokenHash: `hash-${linkId}`,
      ...(stopped ? { revokedAt: new Date(), revokedReason: "maker-left" } : {}),
      items: { create: { generationId: w.memberVideo, position: 0 } },
    },
  });
}

/** A comment by `author` on the member's video, with an id the call can name. */
export const commentId = (w: World, author: "member" | "owner") => `c${author}${w.teamId}`;
export async function seedComment(db: PrismaClient, w: World, author: "member" | "owner") {
  await db.comment.create({
    data: {
      id: commentId(w, author),
      workspaceId: w.teamId,
      generationId: w.memberVideo,
      authorId: w.users[author].id,
      body: "Cut at the wave",
      atSeconds: 1.5,
    },
  });
}

/** The team's storyboard: two shots, the second continuing; the member's video is shot 1's take. */
export const storyboardIds = (w: World) => ({
  storyboard: `sb-${w.teamId}`,
  shot1: `shot1-${w.teamId}`,
  shot2: `shot2-${w.teamId}`,
});
export async function seedStoryboard(db: PrismaClient, w: World) {
  const ids = storyboardIds(w);
  await db.storyboard.create({
    data: {
      id: ids.storyboard,
      workspaceId: w.teamId,
      creatorId: w.users.owner.id,
      title: "The kite",
      model: "grok-imagine-video",
      aspectRatio: "16:9",
      resolution: "480p",
      shots: {
        create: [
          { id: ids.shot1, position: 0, prompt: "A red kite rises", durationSec: 6 },
          { id: ids.shot2, position: 1, prompt: "It dives to the sea", durationSec: 6, continues: true },
        ],
      },
    },
  });
  await db.generation.update({ where: { id: w.memberVideo }, data: { shotId: ids.shot1 } });
}

/** A picture of the team (an image asset) and a cast member shown in it, `@Kite`. */
export const castIds = (w: World) => ({ image: `img-${w.teamId}`, character: `char-${w.teamId}` });
export async function seedCast(db: PrismaClient, w: World) {
  const ids = castIds(w);
  await db.asset.create({
    data: {
      id: ids.image,
      workspaceId: w.teamId,
      kind: "image",
      storageKey: `uploads/${ids.image}.png`,
      contentType: "image/png",
      sizeBytes: 100,
      checksum: "0".repeat(64),
    },
  });
  await db.character.create({
    data: {
      id: ids.character,
      workspaceId: w.teamId,
      creatorId: w.users.owner.id,
      name: "Kite",
      description: "a red paper kite with a long tail",
      imageIds: [ids.image],
    },
  });
}
