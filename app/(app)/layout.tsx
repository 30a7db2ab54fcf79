import { AppProviders } from "@/components/app-providers";
import { AppHeader } from "@/components/shell/app-header";
import { BackgroundWorkBanner } from "@/components/shell/background-work-banner";
import { WorkspaceProvider } from "@/components/shell/workspace-context";
import { requirePageContext } from "@/lib/auth/page-guard";
import { isDemoMode } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { workersState } from "@/lib/workers/app-workers";
import { backgroundWorkMissing } from "@/lib/workers/heartbeat";
import { byPersonalThenName } from "@/lib/workspaces/workspace-order";
import { countUnread } from "@/lib/inbox/list-inbox";
import { workspacePrices } from "@/lib/usage/workspace-prices";
import { can } from "@/lib/workspaces/permissions";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageContext();
  // From the guard's own lookup: no second query for the switcher.
  const workspaces = ctx.workspaces.toSorted(byPersonalThenName);
  // Admins are told when no process does background work (lib/workers/heartbeat.ts).
  const admin = ctx.role === "owner" || ctx.role === "admin";
  const [missingWork, unread, prices] = await Promise.all([
    admin ? backgroundWorkMissing(db, workersState()).catch(() => null) : null,
    countUnread(db, ctx.user.id),
    workspacePrices(db, ctx.workspace.id),
  ]);
  return (
    <AppProviders>
      <WorkspaceProvider
        value={{
          id: ctx.workspace.id,
          name: ctx.workspace.name,
          personal: ctx.workspace.personal,
          role: ctx.role,
          userId: ctx.user.id,
          publicLinksMinRole: ctx.workspace.publicLinksMinRole,
          prices,
          destinations: workspaces
            .filter((w) => w.id !== ctx.workspace.id && can(w.role, "generations.create"))
            .map(({ id, name, personal }) => ({ id, name, personal })),
        }}
      >
        <div className="flex min-h-dvh flex-col">
          {/* First in the tab order: past the header's menus straight to the page's own content. */}
          <a
            href="#main"
            data-testid="skip-link"
            className="sr-only z-50 rounded-lg bg-primary px-4 py-3 font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
          >
            Skip to content
          </a>
          <AppHeader
            workspaces={workspaces}
            user={{ name: ctx.user.name, email: ctx.user.email }}
            demoMode={isDemoMode()}
            unread={unread}
          />
          {missingWork && <BackgroundWorkBanner lastBeatAt={missingWork.lastBeatAt} />}
          <main
            id="main"
            tabIndex={-1}
            className="mx-auto w-full max-w-7xl flex-1 scroll-mt-16 px-4 py-4 outline-none sm:px-6 sm:py-6"
          >
            {children}
          </main>
        </div>
      </WorkspaceProvider>
    </AppProviders>
  );
}
