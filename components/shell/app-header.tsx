import { Clapperboard, Film } from "lucide-react";
import Link from "next/link";
import type { GuardContext } from "@/lib/auth/guard";
import { InboxBell } from "@/components/inbox/inbox-bell";
import { ThemeToggle } from "./theme-toggle";
import { UserMenu } from "./user-menu";
import { WorkspaceSwitcher } from "./workspace-switcher";

interface AppHeaderProps {
  workspaces: GuardContext["workspaces"];
  user: { name: string | null; email: string };
  demoMode: boolean;
  /** The bell's number as the page was rendered (components/inbox/inbox-bell.tsx keeps it fresh). */
  unread: number;
}

export function AppHeader({ workspaces, user, demoMode, unread }: AppHeaderProps) {
  return (
    // Opaque, not a blurred glass: the blur is recomputed over the gallery on every scrolled frame.
    <header className="sticky top-0 z-30 border-b border-border bg-background pt-[env(safe-area-inset-top)]">
      <div className="mx-auto flex h-14 max-w-7xl items-center gap-1 px-3 sm:gap-3 sm:px-6">
        <Link
          href="/studio"
          className="flex shrink-0 items-center gap-2 font-semibold"
          aria-label="Grok Video Studio home"
        >
          <Clapperboard aria-hidden className="size-5 text-primary" />
          <span className="hidden md:inline">Grok Video Studio</span>
        </Link>
        <span aria-hidden className="hidden text-border sm:inline">
          /
        </span>
        <WorkspaceSwitcher workspaces={workspaces} />
        {demoMode ? (
          <span
            data-testid="demo-badge"
            title="No ACEDATA_API_TOKEN is set: videos come from the built-in simulator, nothing is billed."
            className="shrink-0 rounded-full bg-warning/15 px-2 py-0.5 text-xs font-medium text-warning"
          >
            Demo<span className="hidden sm:inline"> mode</span>
          </span>
        ) : null}
        <div className="ml-auto flex shrink-0 items-center gap-1">
          <Link
            href="/storyboards"
            data-testid="open-storyboards"
            aria-label="Storyboards"
            // A phone reaches them from the account menu: the header keeps its room for the workspace.
            className="hidden h-11 items-center justify-center gap-2 rounded-lg px-3 text-sm hover:bg-muted sm:flex"
          >
            <Film aria-hidden className="size-4" />
            <span>Storyboards</span>
          </Link>
          <InboxBell initialUnread={unread} />
          <ThemeToggle />
          <UserMenu name={user.name} email={user.email} />
        </div>
      </div>
    </header>
  );
}
