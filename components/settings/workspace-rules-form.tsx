"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { setWorkspaceRulesAction } from "@/lib/actions/workspace-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import type { Role } from "@/lib/auth/roles";
import { PUBLIC_LINK_FLOORS, SUBMITS_PER_MINUTE } from "@/lib/workspaces/workspace-rules";

type Floor = (typeof PUBLIC_LINK_FLOORS)[number];

const FLOOR_LABELS: Record<Floor, string> = {
  viewer: "Everyone in the team, viewers too",
  member: "Members, admins and owners",
  admin: "Admins and owners only",
};

/**
 * What the team's admins decide for everyone: how fast each member's submits go out (past it
 * they wait in the queue, nobody is refused) and who may make share links anyone can open.
 */
export function WorkspaceRulesForm({
  submitsPerMinute,
  publicLinksMinRole,
}: {
  submitsPerMinute: number | null;
  publicLinksMinRole: Role;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  return (
    <form
      className="grid gap-4"
      data-testid="workspace-rules"
      // Our own messages, in words, instead of the browser's bubble.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const form = new FormData(e.currentTarget);
        startTransition(async () => {
          const result = await setWorkspaceRulesAction(
            inWorkspace({
              submitsPerMinute: String(form.get("submitsPerMinute") ?? ""),
              publicLinksMinRole: String(form.get("publicLinksMinRole")) as Floor,
            }),
          );
          if (!result.ok) {
            setErrors(result.fieldErrors ?? {});
            return void toast.error(result.message);
          }
          setErrors({});
          toast.success("Team rules saved");
          router.refresh();
        });
      }}
    >
      <h3 className="text-sm font-semibold">Team rules</h3>
      <Field
        label="Submits per member per minute"
        name="submitsPerMinute"
        type="number"
        inputMode="numeric"
        min={SUBMITS_PER_MINUTE.min}
        max={SUBMITS_PER_MINUTE.max}
        placeholder={`${SUBMITS_PER_MINUTE.default} (default)`}
        defaultValue={submitsPerMinute ?? ""}
        errors={errors.submitsPerMinute}
      />
      <p className="-mt-2 text-xs text-muted-foreground">
        A ×4 counts once. Past this, a member&apos;s next videos wait in the queue until the minute allows;
        nothing is refused.
      </p>
      <div className="grid gap-1.5">
        <label htmlFor="publicLinksMinRole" className="text-sm font-medium">
          Who may make share links
        </label>
        <select
          id="publicLinksMinRole"
          name="publicLinksMinRole"
          defaultValue={publicLinksMinRole}
          className="h-11 rounded-lg border border-border bg-card px-3 text-base sm:text-sm"
        >
          {PUBLIC_LINK_FLOORS.map((floor) => (
            <option key={floor} value={floor}>
              {FLOOR_LABELS[floor]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
        Save rules
      </Button>
    </form>
  );
}
