"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createWorkspaceAction } from "@/lib/actions/workspace-actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";

/** Names a new team; on success the team opens, empty, with its creator as owner. */
export function CreateTeamDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const [error, setError] = useState<string[] | undefined>();
  const [pending, startTransition] = useTransition();
  // Nothing cached from the workspace left behind may show in the next one.
  const queryClient = useQueryClient();
  const router = useRouter();

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await createWorkspaceAction({ name: String(form.get("name") ?? "") });
      if (!result.ok) return setError(result.fieldErrors?.name ?? [result.message]);
      onOpenChange(false);
      queryClient.clear();
      router.replace("/team");
      router.refresh();
    });

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Create a team"
      description="A shared workspace: one gallery, one history, invites and quotas. You will be its owner."
      testId="create-team-dialog"
    >
      <form action={submit} className="grid gap-4">
        <Field label="Team name" name="name" required maxLength={60} autoFocus errors={error} />
        <Button type="submit" disabled={pending} data-testid="create-team-submit">
          {pending ? "Creating…" : "Create team"}
        </Button>
      </form>
    </Dialog>
  );
}
