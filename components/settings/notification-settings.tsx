"use client";

import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { setNotifyOnReadyAction } from "@/lib/actions/settings-actions";

export function NotificationSettings({
  email,
  enabled,
  mailsLeave,
}: {
  email: string;
  enabled: boolean;
  mailsLeave: boolean;
}) {
  const [on, setOn] = useState(enabled);
  const [pending, startTransition] = useTransition();
  return (
    <section
      aria-labelledby="notify-title"
      className="grid gap-2 rounded-2xl border border-border bg-card p-4"
    >
      <h2 id="notify-title" className="font-semibold">
        Mail
      </h2>
      <label className="flex min-h-11 items-center gap-3 text-sm">
        <input
          type="checkbox"
          className="size-5"
          checked={on}
          disabled={pending}
          data-testid="notify-on-ready"
          onChange={(e) => {
            const next = e.target.checked;
            setOn(next);
            startTransition(async () => {
              const result = await setNotifyOnReadyAction({ enabled: next });
              if (!result.ok) {
                setOn(!next);
                toast.error(result.message);
              } else
                toast.success(next ? "You will get a mail when a video is ready" : "No more video mails");
            });
          }}
        />
        Email me at {email} when one of my videos is ready or failed
      </label>
      {!mailsLeave ? (
        <p className="text-xs text-muted-foreground">
          This server has no mail server configured (SMTP_URL): mails are written to its log instead.
        </p>
      ) : null}
    </section>
  );
}
