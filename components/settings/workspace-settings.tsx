"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import {
  deleteWorkspaceAction,
  leaveWorkspaceAction,
  renameWorkspaceAction,
  transferOwnershipAction,
} from "@/lib/actions/workspace-actions";
import type { Role } from "@/lib/auth/roles";
import type { ActionResult } from "@/lib/errors";
import { can } from "@/lib/workspaces/permissions";
import { inWorkspace } from "@/hooks/request-workspace";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

/** Rename, hand over, leave or delete the current team: each shown only to roles the table allows. */
export function WorkspaceSettings({
  name,
  role,
  candidates,
  children,
}: {
  name: string;
  role: Role;
  candidates: { id: string; label: string }[];
  /** The team's rules form, for roles that may set them. */
  children?: React.ReactNode;
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [confirm, setConfirm] = useState("");

  const run = <T,>(work: () => Promise<ActionResult<T>>, done: string, leaves = false) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) return void toast.error(result.message);
      toast.success(done);
      if (leaves) {
        queryClient.clear();
        router.replace("/studio");
      }
      router.refresh();
    });

  return (
    <section aria-labelledby="ws-title" className="grid gap-6 rounded-2xl border border-border bg-card p-4">
      <h2 id="ws-title" className="font-semibold">
        Team: {name}
      </h2>
      {can(role, "workspace.rename") ? (
        <form
          className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const next = String(new FormData(e.currentTarget).get("name") ?? "");
            run(() => renameWorkspaceAction(inWorkspace({ name: next })), "Team renamed");
          }}
        >
          <Field label="Name" name="name" defaultValue={name} maxLength={60} required />
          <Button type="submit" variant="outline" disabled={pending}>
            Rename
          </Button>
        </form>
      ) : null}
      {children}
      {can(role, "workspace.transfer") && candidates.length > 0 ? (
        <form
          className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
          onSubmit={(e) => {
            e.preventDefault();
            const userId = String(new FormData(e.currentTarget).get("owner") ?? "");
            if (!window.confirm("Make them the owner? You stay on as an admin.")) return;
            run(() => transferOwnershipAction(inWorkspace({ userId })), "Ownership transferred");
          }}
        >
          <div className="grid gap-1.5">
            <label htmlFor="new-owner" className="text-sm font-medium">
              Transfer ownership to
            </label>
            <select
              id="new-owner"
              name="owner"
              className="h-11 rounded-lg border border-border bg-card px-3 text-base sm:text-sm"
            >
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="outline" disabled={pending}>
            Transfer
          </Button>
        </form>
      ) : null}
      <div className="grid gap-2">
        <p className="text-sm text-muted-foreground">
          Leaving keeps your videos here, credited to you.{" "}
          {role === "owner" ? "The last owner cannot leave." : ""}
        </p>
        <Button
          variant="outline"
          disabled={pending}
          data-testid="leave-workspace"
          onClick={() => {
            if (!window.confirm(`Leave ${name}?`)) return;
            run(() => leaveWorkspaceAction(inWorkspace({})), `You left ${name}`, true);
          }}
        >
          Leave {name}
        </Button>
      </div>
      {can(role, "workspace.delete") ? (
        <form
          className="grid gap-2 rounded-xl border border-danger/40 p-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(
              () => deleteWorkspaceAction(inWorkspace({ confirmName: confirm })),
              `${name} was deleted`,
              true,
            );
          }}
        >
          <p className="text-sm">
            Deleting the team removes every video, image and invite in it, for everyone. This cannot be
            undone.
          </p>
          <Field
            label={`Type “${name}” to confirm`}
            name="confirm"
            value={confirm}
            onChange={(e) => setConfirm(e.target.value)}
            autoComplete="off"
          />
          <Button type="submit" variant="danger" disabled={pending || confirm.trim() !== name}>
            Delete team
          </Button>
        </form>
      ) : null}
    </section>
  );
}
