"use client";

import { Check, ChevronsUpDown, Plus, Users } from "lucide-react";
import Link from "next/link";
import dynamic from "next/dynamic";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { switchWorkspaceAction } from "@/lib/actions/workspace-actions";
import type { GuardContext } from "@/lib/auth/guard";
import { Menu } from "@/components/ui/menu";
import { menuContentClass, menuItemClass } from "@/components/ui/menu-styles";
import { cn } from "@/lib/utils";
import { useWorkspace } from "./workspace-context";

// The dialog (and Radix Dialog) loads the first time someone creates a team, not with every page.
const CreateTeamDialog = dynamic(() => import("./create-team-dialog").then((m) => m.CreateTeamDialog), {
  ssr: false,
});

/**
 * The header's workspace menu: personal studio and every team, remembered on the server. A switch
 * reloads the page, so nothing cached from the other workspace stays on screen.
 */
export function WorkspaceSwitcher({ workspaces }: { workspaces: GuardContext["workspaces"] }) {
  const current = useWorkspace();
  const [creating, setCreating] = useState(false);
  const [pending, startTransition] = useTransition();
  // Nothing cached from the workspace left behind may show in the next one.
  const queryClient = useQueryClient();
  const router = useRouter();

  const open = (id: string) =>
    startTransition(async () => {
      if (id === current.id) return;
      const result = await switchWorkspaceAction({ workspaceId: id });
      if (!result.ok) return void toast.error(result.message);
      queryClient.clear();
      router.replace("/studio");
      router.refresh();
    });

  return (
    <>
      <Menu
        align="start"
        sideOffset={6}
        className={cn(menuContentClass, "min-w-64 max-w-[90vw]")}
        trigger={
          <button
            type="button"
            data-testid="workspace-switcher"
            aria-label={`Workspace: ${current.name}. Switch workspace`}
            title={current.name}
            disabled={pending}
            // Takes the room the header has left (a phone gives it most of the bar) and only then
            // ends in an ellipsis; the full name is in the title and the accessible name.
            className="flex min-h-11 min-w-0 flex-1 items-center gap-1.5 rounded-lg px-2 text-sm font-medium hover:bg-muted sm:max-w-xs sm:flex-initial"
          >
            <span className="min-w-0 truncate" data-testid="workspace-name">
              {current.name}
            </span>
            <ChevronsUpDown aria-hidden className="size-4 shrink-0 text-muted-foreground" />
          </button>
        }
      >
        {(M) => (
          <>
            <M.Label className="px-3 py-1.5 text-xs font-medium text-muted-foreground">Workspaces</M.Label>
            {workspaces.map((w) => (
              <M.Item
                key={w.id}
                className={menuItemClass}
                onSelect={() => open(w.id)}
                data-testid="workspace-option"
                data-workspace={w.name}
              >
                <Check
                  aria-hidden
                  className={cn("size-4", w.id === current.id ? "opacity-100" : "opacity-0")}
                />
                <span className="min-w-0 flex-1 truncate">{w.name}</span>
                <span className="text-xs text-muted-foreground">{w.personal ? "personal" : w.role}</span>
              </M.Item>
            ))}
            <M.Separator className="my-1 h-px bg-border" />
            {!current.personal ? (
              <M.Item className={menuItemClass} asChild>
                <Link href="/team" data-testid="open-team">
                  <Users aria-hidden className="size-4" /> People and invites
                </Link>
              </M.Item>
            ) : null}
            <M.Item className={menuItemClass} onSelect={() => setCreating(true)} data-testid="create-team">
              <Plus aria-hidden className="size-4" /> Create a team
            </M.Item>
          </>
        )}
      </Menu>
      {creating ? <CreateTeamDialog open onOpenChange={setCreating} /> : null}
    </>
  );
}
