"use client";

import { BarChart3, Film, Link2, LogOut, MonitorX, Moon, Settings, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import Link from "next/link";
import { signOutAction, signOutEverywhereAction } from "@/lib/actions/auth";
import { Menu } from "@/components/ui/menu";
import { menuContentClass, menuItemClass } from "@/components/ui/menu-styles";
import { cn } from "@/lib/utils";

export function UserMenu({ name, email }: { name: string | null; email: string }) {
  const initial = (name || email).trim().charAt(0).toUpperCase() || "?";
  const { resolvedTheme, setTheme } = useTheme();
  return (
    <Menu
      align="end"
      sideOffset={6}
      className={cn(menuContentClass, "min-w-60")}
      trigger={
        <button
          type="button"
          aria-label="Account menu"
          data-testid="user-menu"
          className="grid size-11 place-items-center rounded-full"
        >
          <span className="grid size-8 place-items-center rounded-full bg-primary text-sm font-semibold text-primary-foreground">
            {initial}
          </span>
        </button>
      }
    >
      {(M) => (
        <>
          <div className="px-3 py-2">
            {name ? <p className="truncate text-sm font-medium">{name}</p> : null}
            <p className="truncate text-xs text-muted-foreground" data-testid="user-email">
              {email}
            </p>
          </div>
          <M.Separator className="my-1 h-px bg-border" />
          <M.Item className={menuItemClass} asChild>
            <Link href="/settings" data-testid="open-settings">
              <Settings aria-hidden className="size-4" /> Settings
            </Link>
          </M.Item>
          <M.Item className={menuItemClass} asChild>
            <Link href="/usage" data-testid="open-usage">
              <BarChart3 aria-hidden className="size-4" /> Usage
            </Link>
          </M.Item>
          <M.Item className={menuItemClass} asChild>
            <Link href="/links" data-testid="open-share-links">
              <Link2 aria-hidden className="size-4" /> Share links
            </Link>
          </M.Item>
          {/* On a phone the header keeps its room for the workspace's name: storyboards and the theme are here. */}
          <M.Item className={cn(menuItemClass, "sm:hidden")} asChild>
            <Link href="/storyboards" data-testid="menu-storyboards">
              <Film aria-hidden className="size-4" /> Storyboards
            </Link>
          </M.Item>
          <M.Item
            className={cn(menuItemClass, "sm:hidden")}
            onSelect={() => setTheme(resolvedTheme === "dark" ? "light" : "dark")}
            data-testid="menu-theme"
          >
            <Sun aria-hidden className="hidden size-4 dark:block" />
            <Moon aria-hidden className="block size-4 dark:hidden" />
            <span className="dark:hidden">Dark theme</span>
            <span className="hidden dark:inline">Light theme</span>
          </M.Item>
          <M.Separator className="my-1 h-px bg-border" />
          <M.Item className={menuItemClass} onSelect={() => void signOutAction()} data-testid="sign-out">
            <LogOut aria-hidden className="size-4" /> Sign out
          </M.Item>
          <M.Item
            className={menuItemClass}
            onSelect={() => void signOutEverywhereAction()}
            data-testid="sign-out-everywhere"
          >
            <MonitorX aria-hidden className="size-4" /> Sign out everywhere
          </M.Item>
        </>
      )}
    </Menu>
  );
}
