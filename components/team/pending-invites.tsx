"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { resendInviteAction, revokeInviteAction } from "@/lib/actions/invite-actions";
import type { InviteRow } from "@/lib/workspaces/invites/list-invites";
import { inWorkspace } from "@/hooks/request-workspace";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/generation/copy-button";
import { LocalTime } from "@/components/generation/local-time";

/** Invites not used yet: resend (a new link; the old one stops working) or withdraw. */
export function PendingInvites({ invites }: { invites: InviteRow[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fresh, setFresh] = useState<Record<string, string>>({});

  const run = (work: () => Promise<void>) => startTransition(work);
  const resend = (invite: InviteRow) =>
    run(async () => {
      const result = await resendInviteAction(inWorkspace({ id: invite.id }));
      if (!result.ok) return void toast.error(result.message);
      setFresh((f) => ({ ...f, [invite.id]: result.data.url }));
      toast.success(
        result.data.mail === "smtp"
          ? `Sent again to ${invite.email}; the old link no longer works.`
          : "New link ready; the old one no longer works.",
      );
      router.refresh();
    });
  const revoke = (invite: InviteRow) =>
    run(async () => {
      const result = await revokeInviteAction(inWorkspace({ id: invite.id }));
      if (!result.ok) return void toast.error(result.message);
      toast.success("Invite withdrawn");
      router.refresh();
    });

  if (invites.length === 0) return null;
  return (
    <div className="grid gap-2">
      <h3 className="text-sm font-medium">Pending invites</h3>
      <ul className="grid gap-2" data-testid="pending-invites">
        {invites.map((invite) => (
          <li
            key={invite.id}
            data-testid="pending-invite"
            data-email={invite.email ?? ""}
            className="grid gap-2 rounded-xl border border-border p-3 text-sm sm:grid-cols-[1fr_auto] sm:items-center"
          >
            <div className="min-w-0">
              <p className="truncate font-medium">{invite.email ?? "Invite link"}</p>
              <p className="text-xs text-muted-foreground">
                {invite.role} · by {invite.invitedBy} ·{" "}
                {invite.expired ? (
                  <span className="text-danger">expired</span>
                ) : (
                  <>
                    expires <LocalTime iso={invite.expiresAt} />
                  </>
                )}
              </p>
              {fresh[invite.id] ? (
                <div className="mt-1 flex items-center gap-2">
                  <code className="min-w-0 flex-1 truncate text-xs">{fresh[invite.id]}</code>
                  <CopyButton
                    text={fresh[invite.id]!}
                    label="Copy new link"
                    copied="Invite link copied"
                    iconOnly
                  />
                </div>
              ) : null}
            </div>
            <div className="flex gap-2">
              <Button
                variant="outline"
                size="sm"
                disabled={pending}
                onClick={() => resend(invite)}
                data-testid="renew-invite"
              >
                {/* A link invite was never sent anywhere: it can only be replaced. */}
                {invite.email ? "Resend" : "New link"}
              </Button>
              <Button
                variant="ghost"
                size="sm"
                disabled={pending}
                onClick={() => revoke(invite)}
                data-testid="revoke-invite"
              >
                Withdraw
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
