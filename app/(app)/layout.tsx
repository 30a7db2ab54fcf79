import { AppHeader } from "@/components/shell/app-header";
import { requirePageContext } from "@/lib/auth/page-guard";
import { isDemoMode } from "@/lib/config/env";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requirePageContext();
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader
        workspaceName={ctx.workspace.name}
        role={ctx.role}
        user={{ name: ctx.user.name, email: ctx.user.email }}
        demoMode={isDemoMode()}
      />
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 sm:px-6">{children}</main>
    </div>
  );
}
