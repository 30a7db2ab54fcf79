import type { Metadata } from "next";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { mailDelivery } from "@/lib/mail/transport";
import { listMembers } from "@/lib/workspaces/list-members";
import { can } from "@/lib/workspaces/permissions";
import { deletionPlan } from "@/lib/account/deletion-plan";
import { AccountSettings } from "@/components/settings/account-settings";
import { NotificationSettings } from "@/components/settings/notification-settings";
import { LanguageSettings } from "@/components/settings/language-settings";
import { isLocale } from "@/lib/i18n/locales";
import { YourData } from "@/components/settings/your-data";
import { WorkspaceRulesForm } from "@/components/settings/workspace-rules-form";
import { WorkspaceSettings } from "@/components/settings/workspace-settings";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const ctx = await requirePageContext();
  const [user, members, rules, plan, made] = await Promise.all([
    db.user.findUniqueOrThrow({
      where: { id: ctx.user.id },
      select: { mailKinds: true, name: true, email: true, passwordHash: true, locale: true },
    }),
    can(ctx.role, "workspace.transfer") && !ctx.workspace.personal ? listMembers(db, ctx.workspace.id) : [],
    db.workspace.findUniqueOrThrow({
      where: { id: ctx.workspace.id },
      select: { submitsPerMinute: true, publicLinksMinRole: true },
    }),
    deletionPlan(db, ctx.user.id),
    db.generation.count({
      where: {
        creatorId: ctx.user.id,
        deletedAt: null,
        workspace: { memberships: { some: { userId: ctx.user.id } } },
      },
    }),
  ]);
  // Only whether there is one: the hash itself never leaves this function.
  const hasPassword = user.passwordHash !== null;
  return (
    <div className="mx-auto grid max-w-2xl gap-8">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <AccountSettings name={user.name ?? ""} email={user.email} hasPassword={hasPassword} />
      <LanguageSettings locale={isLocale(user.locale) ? user.locale : null} />
      <NotificationSettings
        email={user.email}
        kinds={user.mailKinds}
        mailsLeave={mailDelivery() === "smtp"}
      />
      {!ctx.workspace.personal ? (
        <WorkspaceSettings
          name={ctx.workspace.name}
          role={ctx.role}
          candidates={members
            .filter((m) => m.userId !== ctx.user.id && m.role !== "owner")
            .map((m) => ({ id: m.userId, label: m.name ?? m.email }))}
        >
          {can(ctx.role, "workspace.rules") ? <WorkspaceRulesForm {...rules} /> : null}
        </WorkspaceSettings>
      ) : null}
      <YourData email={user.email} hasPassword={hasPassword} made={made} plan={plan} />
    </div>
  );
}
