/**
 * The access matrix: one row per server action and route handler of the app (the in-process test
 * fails if the code has one without a row). Each row names what it needs — a permission from the
 * one permission table, just a session, or nothing (public, with why) — and how to call it on a
 * fresh world. Run whole in-process (lib/actions/access-matrix.int.test.ts) and in part over HTTP
 * (e2e/access/access-matrix.spec.ts).
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  canDeleteComment,
  canRevokeShare,
  canTouchGeneration,
  type Permission,
} from "@/lib/workspaces/permissions";
import type { Access, Row, TeamRole } from "./matrix";
import {
  commentId,
  failMemberCopy,
  seedComment,
  castIds,
  seedCast,
  seedShareLink,
  seedStoryboard,
  shareLinkId,
  storeMemberVideo,
  storyboardIds,
} from "./world";

const perm = (permission: Permission, allowed?: (role: TeamRole) => boolean): Access => ({
  kind: "permission",
  permission,
  allowed,
});
const own = (verb: "delete" | "cancel", creator: "member" | "owner") => (role: TeamRole) =>
  canTouchGeneration({ userId: role, role }, creator, verb);

const authorOf = (author: "member" | "owner") => (role: TeamRole) =>
  canDeleteComment({ userId: role, role }, author);
/** Revoking a share link made by `maker`: its maker with `.own`, anyone with `.any`. */
const revokes = (maker: "member" | "owner") => (role: TeamRole) =>
  canRevokeShare({ userId: role, role }, maker);

/** A token of the right shape that no link has: the share routes are public, and refuse it. */
const NO_SUCH_TOKEN = "AAAAAAAAAAAAAAAAAAAAAAAA";

const settings = {
  prompt: "A paper boat on a puddle",
  model: "grok-imagine-video",
  aspectRatio: "16:9",
  resolution: "480p",
  durationSec: 6,
};
const image = readFileSync(path.resolve("e2e/fixtures/images/input.png"));
const pngForm = () => {
  const form = new FormData();
  form.append("file", new Blob([image], { type: "image/png" }), "input.png");
  return form;
};

const A = (file: string, name: string) => `lib/actions/${file}.ts#${name}`;
const S = (name: string) => A("storyboard-actions", name);

export const ROWS: Row[] = [
  // ── Generations ────────────────────────────────────────────────────────────────────────────
  {
    source: A("generation-actions", "setFavoriteAction"),
    label: "favourite a teammate's video",
    access: perm("generations.favorite"),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.memberVideo, favorite: true }),
  },
  {
    source: A("generation-actions", "deleteGenerationAction"),
    label: "delete the member's own video",
    access: perm("generations.delete.own", own("delete", "member")),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.memberVideo }),
  },
  {
    source: A("generation-actions", "deleteGenerationAction"),
    label: "delete the owner's video",
    access: perm("generations.delete.own", own("delete", "owner")),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.ownerVideo }),
  },
  {
    source: A("generation-actions", "restoreGenerationAction"),
    label: "restore the owner's deleted video",
    access: perm("generations.delete.own", own("delete", "owner")),
    targetsTeam: true,
    prepare: async (db, w) => {
      await db.generation.update({ where: { id: w.ownerVideo }, data: { deletedAt: new Date() } });
    },
    call: (c, w) => c.action({ id: w.ownerVideo }),
  },
  {
    source: A("generation-actions", "setFavoritesAction"),
    label: "favourite a selection of the team's videos",
    access: perm("generations.favorite"),
    targetsTeam: true,
    call: (c, w) => c.action({ ids: [w.memberVideo, w.ownerVideo], favorite: true }),
  },
  {
    source: A("generation-actions", "deleteGenerationsAction"),
    label: "delete a selection of the member's own videos",
    access: perm("generations.delete.own", own("delete", "member")),
    targetsTeam: true,
    call: (c, w) => c.action({ ids: [w.memberVideo, w.memberQueued] }),
  },
  {
    source: A("generation-actions", "deleteGenerationsAction"),
    label: "delete a selection holding the owner's video",
    access: perm("generations.delete.own", own("delete", "owner")),
    targetsTeam: true,
    call: (c, w) => c.action({ ids: [w.ownerVideo, w.ownerQueued] }),
  },
  {
    source: A("generation-actions", "restoreGenerationsAction"),
    label: "restore a deleted selection of the owner's videos",
    access: perm("generations.delete.own", own("delete", "owner")),
    targetsTeam: true,
    prepare: async (db, w) => {
      await db.generation.updateMany({
        where: { id: { in: [w.ownerVideo, w.ownerQueued] } },
        data: { deletedAt: new Date() },
      });
    },
    call: (c, w) => c.action({ ids: [w.ownerVideo, w.ownerQueued] }),
  },
  {
    source: A("generation-actions", "submitGenerationAction"),
    label: "generate a video",
    access: perm("generations.create"),
    targetsTeam: false,
    call: (c) => c.action({ settings, idempotencyKey: randomUUID() }),
  },
  {
    source: A("generation-actions", "copyNowAction"),
    label: "copy the member's video into storage now, after failed copies",
    access: perm("generations.create", own("delete", "member")),
    targetsTeam: true,
    prepare: failMemberCopy,
    call: (c, w) => c.action({ id: w.memberVideo }),
  },
  {
    source: A("generation-actions", "cancelGenerationAction"),
    label: "cancel the member's queued video",
    access: perm("generations.cancel.own", own("cancel", "member")),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.memberQueued }),
  },
  {
    source: A("generation-actions", "cancelGenerationAction"),
    label: "cancel the owner's queued video",
    access: perm("generations.cancel.own", own("cancel", "owner")),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.ownerQueued }),
  },
  {
    source: A("draft-actions", "saveDraftAction"),
    label: "keep one's own create-form draft",
    access: perm("generations.create"),
    targetsTeam: false,
    call: (c) =>
      c.action({
        prompt: "A paper boat, half written",
        model: "grok-imagine-video",
        aspectRatio: "16:9",
        resolution: "480p",
        durationSec: 6,
        inputImageId: null,
        referenceImageIds: [],
        remixedFromId: null,
      }),
  },
  {
    source: A("transfer-actions", "transferGenerationsAction"),
    label: "copy the member's video to a workspace one is not in",
    access: perm("generations.create"),
    targetsTeam: true,
    // Only into a workspace of one's own: the stranger's studio is nobody else's to fill (the
    // whole move and copy is lib/generations/transfer-generations.int.test.ts).
    domain: { member: "not_found", admin: "not_found", owner: "not_found" },
    call: (c, w) => c.action({ ids: [w.memberVideo], toWorkspaceId: w.strangerWorkspaceId, mode: "copy" }),
  },
  {
    source: A("generation-actions", "pickTakeAction"),
    label: "pick the member's video among two compared",
    access: perm("generations.favorite"),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.memberVideo, among: [w.memberVideo, w.ownerVideo] }),
  },
  // ── Review ─────────────────────────────────────────────────────────────────────────────────
  {
    source: A("review-actions", "addCommentAction"),
    label: "comment on a moment of the member's video, mentioning the admin",
    access: perm("comments.create"),
    targetsTeam: true,
    call: (c, w) =>
      c.action({
        generationId: w.memberVideo,
        body: "@The admin look here",
        atSeconds: 2.5,
        mentionIds: [w.users.admin.id],
      }),
  },
  ...(["member", "owner"] as const).map((author): Row => ({
    source: A("review-actions", "editCommentAction"),
    label: `edit the ${author}'s comment`,
    // Only its author: an admin may delete someone's words but never rewrite them.
    access: perm("comments.create", (role) => role === author),
    targetsTeam: true,
    prepare: (db, w) => seedComment(db, w, author),
    call: (c, w) => c.action({ commentId: commentId(w, author), body: "Cut at the second wave" }),
  })),
  {
    source: A("review-actions", "addCommentAction"),
    label: "reply to the owner's comment",
    access: perm("comments.create"),
    targetsTeam: true,
    prepare: (db, w) => seedComment(db, w, "owner"),
    call: (c, w) => c.action({ generationId: w.memberVideo, body: "Agreed", replyTo: commentId(w, "owner") }),
  },
  {
    source: A("review-actions", "resolveCommentAction"),
    label: "resolve the owner's comment thread",
    access: perm("comments.create"),
    targetsTeam: true,
    prepare: (db, w) => seedComment(db, w, "owner"),
    call: (c, w) => c.action({ commentId: commentId(w, "owner"), resolved: true }),
  },
  {
    source: A("review-actions", "deleteCommentAction"),
    label: "delete the member's comment",
    access: perm("comments.delete.own", authorOf("member")),
    targetsTeam: true,
    prepare: (db, w) => seedComment(db, w, "member"),
    call: (c, w) => c.action({ commentId: commentId(w, "member") }),
  },
  {
    source: A("review-actions", "deleteCommentAction"),
    label: "delete the owner's comment",
    access: perm("comments.delete.own", authorOf("owner")),
    targetsTeam: true,
    prepare: (db, w) => seedComment(db, w, "owner"),
    call: (c, w) => c.action({ commentId: commentId(w, "owner") }),
  },
  {
    source: A("review-actions", "setReviewStatusAction"),
    label: "approve the member's video",
    access: perm("reviews.set_status"),
    targetsTeam: true,
    call: (c, w) => c.action({ generationId: w.memberVideo, status: "approved" }),
  },
  // ── Share links ────────────────────────────────────────────────────────────────────────────
  {
    source: A("share-actions", "createShareLinkAction"),
    label: "share a teammate's video as a link",
    access: perm("shares.create"),
    targetsTeam: true,
    prepare: storeMemberVideo,
    call: (c, w) =>
      c.action({ generationIds: [w.memberVideo], expiresIn: "7d", allowDownload: true, showPrompt: true }),
  },
  ...(["member", "owner"] as const).map((maker): Row => ({
    source: A("share-actions", "revokeShareLinkAction"),
    label: `revoke the ${maker}'s share link`,
    access: perm("shares.revoke.own", revokes(maker)),
    targetsTeam: true,
    prepare: (db, w) => seedShareLink(db, w, maker),
    call: (c, w) => c.action({ id: shareLinkId(w, maker) }),
  })),
  {
    source: A("share-actions", "remakeShareLinkAction"),
    label: "make again a link that stopped when its maker left",
    access: perm("shares.revoke.any"),
    targetsTeam: true,
    prepare: (db, w) => seedShareLink(db, w, "member", true),
    call: (c, w) => c.action({ id: shareLinkId(w, "member") }),
  },
  // ── Workspaces ─────────────────────────────────────────────────────────────────────────────
  {
    source: A("workspace-actions", "createWorkspaceAction"),
    label: "create a team",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ name: "Night shift" }),
  },
  {
    source: A("workspace-actions", "switchWorkspaceAction"),
    label: "switch to the team",
    access: { kind: "signed-in", strangerMay: false },
    targetsTeam: true,
    call: (c, w) => c.action({ workspaceId: w.teamId }),
  },
  {
    source: A("workspace-actions", "renameWorkspaceAction"),
    label: "rename the team",
    access: perm("workspace.rename"),
    targetsTeam: false,
    call: (c) => c.action({ name: "Renamed" }),
  },
  {
    source: A("workspace-actions", "setWorkspaceRulesAction"),
    label: "set the team's rules",
    access: perm("workspace.rules"),
    targetsTeam: false,
    call: (c) => c.action({ submitsPerMinute: 20, publicLinksMinRole: "viewer" }),
  },
  {
    source: A("workspace-actions", "leaveWorkspaceAction"),
    label: "leave the team",
    access: perm("workspace.leave"),
    targetsTeam: false,
    domain: { owner: "conflict" },
    call: (c) => c.action({}),
  },
  {
    source: A("workspace-actions", "transferOwnershipAction"),
    label: "make the member owner",
    access: perm("workspace.transfer"),
    targetsTeam: true,
    call: (c, w) => c.action({ userId: w.users.member.id }),
  },
  {
    source: A("workspace-actions", "deleteWorkspaceAction"),
    label: "delete the team",
    access: perm("workspace.delete"),
    targetsTeam: false,
    prepare: async (db, w) => {
      await db.generation.updateMany({
        where: { workspaceId: w.teamId, state: "queued" },
        data: { state: "canceled" },
      });
    },
    call: (c, w) => c.action({ confirmName: w.teamName }),
  },
  // ── People and invites ─────────────────────────────────────────────────────────────────────
  {
    source: A("member-actions", "changeMemberRoleAction"),
    label: "make the member a viewer",
    access: perm("members.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ userId: w.users.member.id, role: "viewer" }),
  },
  {
    source: A("member-actions", "removeMemberAction"),
    label: "remove the member",
    access: perm("members.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ userId: w.users.member.id }),
  },
  {
    source: A("invite-actions", "createInviteAction"),
    label: "invite someone by email",
    access: perm("invites.manage"),
    targetsTeam: false,
    call: (c) => c.action({ email: `new-${randomUUID().slice(0, 8)}@example.test`, role: "member" }),
  },
  {
    source: A("invite-actions", "resendInviteAction"),
    label: "resend the pending invite",
    access: perm("invites.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.invite }),
  },
  {
    source: A("invite-actions", "revokeInviteAction"),
    label: "withdraw the pending invite",
    access: perm("invites.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ id: w.invite }),
  },
  {
    source: A("invite-actions", "acceptInviteAction"),
    label: "redeem the team's link invite",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c, w) => c.action({ token: w.linkInviteToken }),
  },
  {
    source: A("quota-actions", "setMemberQuotaAction"),
    label: "set the member's monthly quota",
    access: perm("quotas.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ userId: w.users.member.id, seconds: 120 }),
  },
  {
    source: A("quota-actions", "setWorkspaceQuotaAction"),
    label: "set the team's monthly quota",
    access: perm("quotas.manage"),
    targetsTeam: false,
    call: (c) => c.action({ seconds: 600 }),
  },
  {
    source: A("quota-actions", "setPricesAction"),
    label: "set the team's price per second of a model",
    access: perm("quotas.manage"),
    targetsTeam: false,
    call: (c) => c.action({ prices: [{ model: "grok-imagine-video", dollarsPerSecond: "0.05" }] }),
  },
  {
    source: A("quota-actions", "setWorkspaceBudgetAction"),
    label: "set the team's monthly budget",
    access: perm("quotas.manage"),
    targetsTeam: false,
    call: (c) => c.action({ dollars: "250" }),
  },
  {
    source: A("quota-actions", "setMemberBudgetAction"),
    label: "set the member's monthly budget",
    access: perm("quotas.manage"),
    targetsTeam: true,
    call: (c, w) => c.action({ userId: w.users.member.id, dollars: "40" }),
  },
  {
    source: A("settings-actions", "setMailKindsAction"),
    label: "choose which news comes by mail",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ kinds: ["mention", "generation_ready"] }),
  },
  {
    source: A("settings-actions", "setLanguageAction"),
    label: "choose the interface's language",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ locale: "ru" }),
  },
  {
    source: A("inbox-actions", "markInboxReadAction"),
    label: "mark one's inbox read",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({}),
  },
  // ── One's own account (Settings → Account) ───────────────────────────────────────────────────
  {
    source: A("account-actions", "renameUserAction"),
    label: "rename oneself",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ name: "A new name" }),
  },
  {
    source: A("account-actions", "changeEmailAction"),
    label: "move one's account to a new address",
    // The world's users have no password (see world.ts), so none is asked; no mail server: at once.
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ email: `moved-${randomUUID()}@example.test` }),
  },
  {
    source: A("account-actions", "changePasswordAction"),
    label: "set one's password",
    // The world's users have none yet (world.ts), so no current one is asked.
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.action({ next: "a long enough password" }),
  },
  {
    source: A("account-actions", "deleteAccountAction"),
    label: "delete one's account, confirmed with someone else's address",
    access: { kind: "signed-in", strangerMay: true, domain: "bad_request" },
    targetsTeam: false,
    call: (c) => c.action({ confirmEmail: "someone-else@example.test" }),
  },
  {
    source: A("account-actions", "confirmEmailChangeAction"),
    label: "use a new address's link with a token that is no link",
    access: {
      kind: "public",
      why: "the link mailed to the new address is the proof; it may be opened signed out",
    },
    targetsTeam: false,
    call: (c) => c.action({ token: "A".repeat(43) }),
  },
  // ── Sign-in and sign-up: public entry points, validated; never workspace data ───────────────
  ...(
    [
      ["auth", "signInAction"],
      ["auth", "signUpAction"],
      ["auth", "signOutAction"],
      ["auth", "signOutEverywhereAction"],
      ["auth", "oauthSignInAction"],
      ["password-reset", "requestPasswordResetAction"],
      ["password-reset", "resetPasswordAction"],
      ["confirm-email", "confirmEmailAction"],
    ] as const
  ).map(([file, name]): Row => ({
    source: A(file, name),
    label: `${name} with a body that is not its form`,
    access: { kind: "public", why: "signing in, up, out and back in (reset, confirmation) is for anyone" },
    targetsTeam: false,
    call: (c) => c.action({}),
  })),
  {
    source: A("demo", "tryDemoAction"),
    label: "try the demo with a body that is not its form",
    access: {
      kind: "public",
      why: "the landing page's way in for visitors; demo mode only, throttled, a fresh account each (e2e/first-contact.spec.ts)",
    },
    targetsTeam: false,
    call: (c) => c.action({}),
  },
  // ── Storyboards ────────────────────────────────────────────────────────────────────────────
  {
    source: S("createStoryboardAction"),
    label: "make a storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: false,
    call: (c) =>
      c.action({
        title: "Tides",
        frame: { model: "grok-imagine-video", aspectRatio: "16:9", resolution: "480p" },
        script: "A wave rises.\n\nIt breaks on the rocks.",
      }),
  },
  {
    source: S("continueVideoAction"),
    label: "continue a teammate's video as a storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    call: (c, w) => c.action({ generationId: w.ownerVideo }),
  },
  {
    source: S("updateStoryboardAction"),
    label: "rename the team's storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard, title: "Kites", crossfade: true }),
  },
  {
    source: S("deleteStoryboardAction"),
    label: "delete the team's storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: S("addShotAction"),
    label: "add a shot to the team's storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: S("updateShotAction"),
    label: "rewrite a shot's prompt",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) =>
      c.action({ shotId: storyboardIds(w).shot2, prompt: "It lands in a tree", durationSec: 8 }),
  },
  {
    source: S("removeShotAction"),
    label: "remove a shot",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ shotId: storyboardIds(w).shot2 }),
  },
  {
    source: S("reorderShotsAction"),
    label: "reorder the shots",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => {
      const ids = storyboardIds(w);
      return c.action({ storyboardId: ids.storyboard, shotIds: [ids.shot2, ids.shot1] });
    },
  },
  {
    source: S("chooseTakeAction"),
    label: "choose the take a shot's part of the film uses",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ shotId: storyboardIds(w).shot1, takeId: w.memberVideo }),
  },
  {
    source: S("runStoryboardAction"),
    label: "generate all of a storyboard",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: S("stopStoryboardAction"),
    label: "stop a storyboard's run",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: S("newTakeAction"),
    label: "ask for a new take of a shot",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => {
      const ids = storyboardIds(w);
      return c.action({ storyboardId: ids.storyboard, shotId: ids.shot1, idempotencyKey: randomUUID() });
    },
  },
  {
    source: S("makeFilmAction"),
    label: "make a storyboard's film",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    // Shot 2 has no take yet: a permitted caller is told so.
    domain: { member: "conflict", admin: "conflict", owner: "conflict" },
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: S("addFilmToGalleryAction"),
    label: "add a storyboard's film to the gallery",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedStoryboard,
    // The seeded storyboard has no film yet: a permitted caller is told to make it first.
    domain: { member: "conflict", admin: "conflict", owner: "conflict" },
    call: (c, w) => c.action({ storyboardId: storyboardIds(w).storyboard }),
  },
  {
    source: A("cast-actions", "saveCharacterAction"),
    label: "add a character to the team's cast",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedCast,
    call: (c, w) => c.action({ name: "Gull", description: "a grey gull", imageIds: [castIds(w).image] }),
  },
  {
    source: A("cast-actions", "saveCharacterAction"),
    label: "change the team's character",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedCast,
    call: (c, w) =>
      c.action({
        id: castIds(w).character,
        name: "Kite",
        description: "a blue kite",
        imageIds: [castIds(w).image],
      }),
  },
  {
    source: A("cast-actions", "removeCharacterAction"),
    label: "remove the team's character",
    access: perm("storyboards.edit"),
    targetsTeam: true,
    prepare: seedCast,
    call: (c, w) => c.action({ id: castIds(w).character }),
  },
  // ── Route handlers ─────────────────────────────────────────────────────────────────────────
  {
    source: "app/api/storyboards/[id]/route.ts#GET",
    label: "read the team's storyboard",
    access: perm("storyboards.read"),
    targetsTeam: true,
    prepare: seedStoryboard,
    call: (c, w) => c.route("GET", `/api/storyboards/${storyboardIds(w).storyboard}`),
  },
  {
    source: "app/api/generations/route.ts#GET",
    label: "list the gallery",
    access: perm("generations.read"),
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/generations?status=all"),
  },
  {
    source: "app/api/generations/[id]/route.ts#GET",
    label: "read a teammate's video",
    access: perm("generations.read"),
    targetsTeam: true,
    call: (c, w) => c.route("GET", `/api/generations/${w.memberVideo}`),
  },
  {
    source: "app/api/generations/[id]/download/route.ts#GET",
    label: "download a teammate's video",
    access: perm("generations.download"),
    targetsTeam: true,
    call: (c, w) => c.route("GET", `/api/generations/${w.memberVideo}/download`),
  },
  {
    source: "app/api/generations/[id]/video/route.ts#GET",
    label: "play a teammate's video",
    access: perm("generations.read"),
    targetsTeam: true,
    call: (c, w) => c.route("GET", `/api/generations/${w.memberVideo}/video`),
  },
  {
    source: "app/api/generations/zip/route.ts#GET",
    label: "download a selection as a zip",
    access: perm("generations.download"),
    targetsTeam: true,
    // The world's videos are not in storage: a permitted caller is told there is nothing to zip.
    domain: { viewer: "conflict", member: "conflict", admin: "conflict", owner: "conflict" },
    call: (c, w) => c.route("GET", `/api/generations/zip?ids=${w.memberVideo},${w.ownerVideo}`),
  },
  {
    source: "app/api/inbox/route.ts#GET",
    label: "read one's inbox",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/inbox"),
  },
  {
    source: "app/api/account/export/route.ts#GET",
    label: "download one's own videos",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/account/export"),
  },
  {
    source: "app/api/usage/route.ts#GET",
    label: "read one's usage",
    access: perm("usage.read.own"),
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/usage"),
  },
  {
    source: "app/api/usage/report/route.ts#GET",
    label: "read the month's usage report",
    access: perm("usage.read.own"),
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/usage/report"),
  },
  {
    source: "app/api/uploads/route.ts#POST",
    label: "upload a reference image",
    access: perm("uploads.create"),
    targetsTeam: false,
    call: (c) => c.route("POST", "/api/uploads", { body: pngForm() }),
  },
  {
    source: "app/api/uploads/availability/route.ts#GET",
    label: "ask whether uploads can reach Grok",
    access: { kind: "signed-in", strangerMay: true },
    targetsTeam: false,
    call: (c) => c.route("GET", "/api/uploads/availability"),
  },
  {
    source: "app/switch/[workspaceId]/route.ts#GET",
    label: "open the team from a link",
    access: { kind: "signed-in", strangerMay: false },
    targetsTeam: true,
    call: (c, w) => c.route("GET", `/switch/${w.teamId}?next=/studio`),
  },
  ...["GET", "POST"].map((method): Row => ({
    source: `app/api/auth/[...nextauth]/route.ts#${method}`,
    label: `Auth.js ${method}`,
    access: { kind: "public", why: "Auth.js's own endpoints (session, CSRF, callbacks)" },
    targetsTeam: false,
    call: (c) => c.route(method, "/api/auth/session"),
  })),
  ...["GET", "HEAD"].map((method): Row => ({
    source: `app/api/files/[...key]/route.ts#${method}`,
    label: `stored file ${method} without a signature`,
    access: { kind: "public", why: "files are served by signed, expiring URLs, not by session" },
    targetsTeam: false,
    call: (c) => c.route(method, "/api/files/videos/anything.mp4"),
  })),
  ...(
    [
      ["app/s/[token]/route.ts", "GET", "the share page"],
      ["app/s/[token]/route.ts", "POST", "a share page's password"],
      ["app/s/[token]/embed/route.ts", "GET", "a share link's embeddable player"],
      ["app/s/[token]/[n]/video.mp4/route.ts", "GET", "a shared video"],
      ["app/s/[token]/[n]/video.mp4/route.ts", "HEAD", "a shared video's headers"],
      ["app/s/[token]/[n]/poster.jpg/route.ts", "GET", "a shared video's poster"],
      ["app/s/[token]/[n]/feedback/route.ts", "POST", "a guest's comment"],
    ] as const
  ).map(([file, method, what]): Row => {
    const tail = file.includes("[n]") ? `/0/${file.split("/")[4]}` : file.includes("embed") ? "/embed" : "";
    return {
      source: `${file}#${method}`,
      label: `${what} for a token no link has`,
      access: {
        kind: "public",
        why: "share links are for people without an account: the token is the key, checked on every request (e2e/share/share-links.spec.ts)",
      },
      targetsTeam: false,
      call: (c) =>
        c.route(
          method,
          `/s/${NO_SUCH_TOKEN}${tail}`,
          method === "POST"
            ? {
                body: file.includes("feedback") ? "intent=comment&name=Guest&body=Hello" : "password=guess",
                contentType: "application/x-www-form-urlencoded",
              }
            : undefined,
        ),
    };
  }),
  ...(
    [
      ["app/api/health/route.ts", "/api/health", "liveness"],
      ["app/api/ready/route.ts", "/api/ready", "readiness"],
    ] as const
  ).map(([file, path, what]): Row => ({
    source: `${file}#GET`,
    label: what,
    access: {
      kind: "public",
      why: "a load balancer's probe: the state of this instance's parts, no app data",
    },
    targetsTeam: false,
    call: (c) => c.route("GET", path),
  })),
  ...["GET", "POST", "HEAD", "DELETE"].map((method): Row => ({
    source: `app/api/simulator/[...path]/route.ts#${method}`,
    label: `demo simulator ${method}`,
    access: { kind: "public", why: "the built-in Grok simulator of demo mode, no app data" },
    targetsTeam: false,
    call: (c) => c.route(method, "/api/simulator/grok/tasks"),
  })),
  {
    source: "app/api/webhooks/grok/[generationId]/route.ts#POST",
    label: "a callback without its secret",
    access: { kind: "public", why: "the upstream's callback, authenticated by the per-generation secret" },
    targetsTeam: true,
    call: (c, w) =>
      c.route("POST", `/api/webhooks/grok/${w.memberQueued}`, {
        body: JSON.stringify({
          success: true,
          data: [{ state: "succeeded", video_url: "https://evil.test/x.mp4" }],
        }),
        contentType: "application/json",
      }),
  },
];
