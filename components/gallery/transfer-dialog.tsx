"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { useWorkspace } from "@/components/shell/workspace-context";
import { transferGenerationsAction } from "@/lib/actions/transfer-actions";
import { generationKeys } from "@/lib/queries/generation-keys";
import { inWorkspace } from "@/hooks/request-workspace";

const plural = (n: number) => `${n} video${n === 1 ? "" : "s"}`;

/**
 * Moves or copies the checked videos to another workspace of the caller's where they may create.
 * Move is offered only when every video is the caller's to delete (the server checks it again).
 */
export function TransferDialog({
  open,
  onOpenChange,
  ids,
  mayMove,
  onDone,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  ids: string[];
  mayMove: boolean;
  onDone: () => void;
}) {
  const workspace = useWorkspace();
  const queryClient = useQueryClient();
  const router = useRouter();
  const [to, setTo] = useState(workspace.destinations[0]?.id ?? "");
  const [mode, setMode] = useState<"move" | "copy">("copy");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = () =>
    startTransition(async () => {
      const result = await transferGenerationsAction(inWorkspace({ ids, toWorkspaceId: to, mode }));
      if (!result.ok) return setError(result.message);
      onOpenChange(false);
      onDone();
      void queryClient.invalidateQueries({ queryKey: generationKeys.all });
      const { data } = result;
      toast.success(
        `${plural(data.ids.length)} ${data.mode === "move" ? "moved" : "copied"} to ${data.workspaceName}`,
        {
          action: {
            label: `Open ${data.workspaceName}`,
            // A route handler (it switches, then redirects): the router loads it as a whole page.
            onClick: () => router.push(`/switch/${encodeURIComponent(data.workspaceId)}?next=/studio`),
          },
        },
      );
    });
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Move or copy ${plural(ids.length)}`}
      description="They arrive finished, with their settings, images, poster and lineage. Comments and share links stay here."
      testId="transfer-dialog"
    >
      <form
        className="grid gap-4"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label className="grid gap-1.5 text-sm font-medium">
          To
          <select
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className="h-11 rounded-lg border border-border bg-background px-3 text-base sm:text-sm"
            data-testid="transfer-target"
          >
            {workspace.destinations.map((d) => (
              <option key={d.id} value={d.id}>
                {d.personal ? `${d.name} (personal)` : d.name}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="grid gap-1">
          <legend className="mb-1 text-sm font-medium">How</legend>
          <label className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="radio"
              name="mode"
              className="size-5"
              checked={mode === "copy"}
              onChange={() => setMode("copy")}
              data-testid="transfer-copy"
            />
            Copy: they stay here too
          </label>
          <label className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="radio"
              name="mode"
              className="size-5"
              checked={mode === "move"}
              disabled={!mayMove}
              onChange={() => setMode("move")}
              data-testid="transfer-move"
            />
            <span>
              Move: they leave here (to the trash)
              {!mayMove ? (
                <span className="block text-xs text-muted-foreground">
                  Some are someone else&apos;s: only their creator or an admin can move them.
                </span>
              ) : null}
            </span>
          </label>
        </fieldset>
        <p className="text-xs text-muted-foreground">
          Their seconds count in the other workspace&apos;s monthly quota.
        </p>
        {error ? (
          <p role="alert" className="text-sm text-danger" data-testid="transfer-error">
            {error}
          </p>
        ) : null}
        <Button type="submit" disabled={pending || !to} data-testid="transfer-submit">
          {pending ? "Working…" : mode === "move" ? "Move" : "Copy"}
        </Button>
      </form>
    </Dialog>
  );
}
