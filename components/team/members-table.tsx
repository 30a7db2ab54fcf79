"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { changeMemberRoleAction, removeMemberAction } from "@/lib/actions/member-actions";
import { ROLES, type Role } from "@/lib/auth/roles";
import type { MemberRow } from "@/lib/workspaces/list-members";
import { canManageRole } from "@/lib/workspaces/permissions";
import { inWorkspace } from "@/hooks/request-workspace";
import { Avatar } from "@/components/ui/avatar";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/shell/workspace-context";
import { ROLE_HINT } from "./role-label";

/** Everyone in the team; role pickers and Remove appear only where the permission table allows. */
export function MembersTable({ members }: { members: MemberRow[] }) {
  const workspace = useWorkspace();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  const changeRole = (m: MemberRow, role: Role) =>
    startTransition(async () => {
      const result = await changeMemberRoleAction(inWorkspace({ userId: m.userId, role }));
      if (!result.ok) return void toast.error(result.message);
      toast.success(
        `${m.name ?? m.email} is now ${role === "admin" || role === "owner" ? "an" : "a"} ${role}`,
      );
      router.refresh();
    });
  const remove = (m: MemberRow) =>
    startTransition(async () => {
      const question = `Remove ${m.name ?? m.email}? Their videos stay here, credited to them. The share links they made stop opening at once; admins can make them again on the Share links page.`;
      if (!window.confirm(question)) return;
      const result = await removeMemberAction(inWorkspace({ userId: m.userId }));
      if (!result.ok) return void toast.error(result.message);
      toast.success(`${m.name ?? m.email} was removed`);
      router.refresh();
    });

  return (
    <section aria-labelledby="members-title" className="grid gap-3">
      <h2 id="members-title" className="font-semibold">
        Members ({members.length})
      </h2>
      <ul className="divide-y divide-border rounded-2xl border border-border bg-card" data-testid="members">
        {members.map((m) => {
          const self = m.userId === workspace.userId;
          const options = ROLES.filter((r) => r === m.role || canManageRole(workspace.role, m.role, r));
          const editable = !self && options.length > 1;
          return (
            <li
              key={m.userId}
              data-testid="member-row"
              data-email={m.email}
              data-role={m.role}
              className="flex flex-wrap items-center gap-3 p-3"
            >
              <Avatar name={m.name ?? m.email} seed={m.userId} className="size-9 text-xs" />
              <div className="min-w-0 flex-1">
                <p className="truncate text-sm font-medium">
                  {m.name ?? m.email}
                  {self ? <span className="text-muted-foreground"> (you)</span> : null}
                </p>
                <p className="truncate text-xs text-muted-foreground">{m.email}</p>
              </div>
              {editable ? (
                <select
                  aria-label={`Role of ${m.name ?? m.email}`}
                  value={m.role}
                  disabled={pending}
                  onChange={(e) => changeRole(m, e.target.value as Role)}
                  className="h-11 rounded-lg border border-border bg-card px-2 text-base sm:text-sm"
                  data-testid="member-role"
                >
                  {options.map((r) => (
                    <option key={r} value={r} title={ROLE_HINT[r]}>
                      {r}
                    </option>
                  ))}
                </select>
              ) : (
                <span className="rounded-full bg-muted px-2 py-0.5 text-xs" title={ROLE_HINT[m.role]}>
                  {m.role}
                </span>
              )}
              {!self && canManageRole(workspace.role, m.role) ? (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={pending}
                  onClick={() => remove(m)}
                  aria-label={`Remove ${m.name ?? m.email}`}
                >
                  Remove
                </Button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
