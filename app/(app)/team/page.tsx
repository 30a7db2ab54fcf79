import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { mailDelivery } from "@/lib/mail/transport";
import { listActivity } from "@/lib/workspaces/list-activity";
import { listMembers } from "@/lib/workspaces/list-members";
import { listInvites } from "@/lib/workspaces/invites/list-invites";
import { can, invitableRoles } from "@/lib/workspaces/permissions";
import { ActivityList } from "@/components/team/activity-list";
import { InviteForm } from "@/components/team/invite-form";
import { MembersTable } from "@/components/team/members-table";
import { PendingInvites } from "@/components/team/pending-invites";
import { PersonalStudioNotice } from "@/components/team/personal-studio-notice";

export const metadata: Metadata = { title: "People" };

export default async function TeamPage() {
  const ctx = await requirePageContext("members.read");
  if (ctx.workspace.personal) return <PersonalStudioNotice />;
  const manageInvites = can(ctx.role, "invites.manage");
  const [members, invites, activity] = await Promise.all([
    listMembers(db, ctx.workspace.id),
    manageInvites ? listInvites(db, ctx.workspace.id) : [],
    can(ctx.role, "activity.read") ? listActivity(db, ctx.workspace.id) : null,
  ]);
  return (
    <div className="mx-auto grid max-w-3xl gap-8">
      <header className="grid gap-1">
        <h1 className="text-2xl font-semibold">People in {ctx.workspace.name}</h1>
        <p className="text-sm text-muted-foreground">
          Everyone here shares one gallery and one history. You are{" "}
          {ctx.role === "admin" || ctx.role === "owner" ? "an" : "a"} {ctx.role}.
        </p>
      </header>
      {manageInvites ? (
        <section
          aria-labelledby="invite-title"
          className="grid gap-3 rounded-2xl border border-border bg-card p-4"
        >
          <h2 id="invite-title" className="font-semibold">
            Invite someone
          </h2>
          <InviteForm roles={invitableRoles(ctx.role)} mailsLeave={mailDelivery() === "smtp"} />
          <PendingInvites invites={invites} />
        </section>
      ) : null}
      <MembersTable members={members} />
      {activity ? <ActivityList activity={activity} /> : null}
    </div>
  );
}
