"use client";

import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { setMailKindsAction } from "@/lib/actions/settings-actions";
import { MAIL_KIND_LABELS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/inbox/kinds";

/**
 * Which inbox news also comes by mail, one switch per kind, each saved as it is flipped. News that
 * arrives together goes out as one mail.
 */
export function NotificationSettings({
  email,
  kinds,
  mailsLeave,
}: {
  email: string;
  kinds: NotificationKind[];
  mailsLeave: boolean;
}) {
  const [on, setOn] = useState(kinds);
  const [pending, startTransition] = useTransition();
  const flip = (kind: NotificationKind, checked: boolean) => {
    const before = on;
    const next = NOTIFICATION_KINDS.filter((k) => (k === kind ? checked : on.includes(k)));
    setOn(next);
    startTransition(async () => {
      const result = await setMailKindsAction({ kinds: next });
      if (!result.ok) {
        setOn(before);
        toast.error(result.message);
      } else toast.success(checked ? "You will get these by mail" : "No more of these by mail");
    });
  };
  return (
    <section
      aria-labelledby="notify-title"
      className="grid gap-2 rounded-2xl border border-border bg-card p-4"
    >
      <h2 id="notify-title" className="font-semibold">
        Mail
      </h2>
      <p className="text-sm text-muted-foreground">
        Everything lands in your inbox (the bell). Email me at {email} when:
      </p>
      <fieldset className="grid" disabled={pending}>
        <legend className="sr-only">Mail me when</legend>
        {NOTIFICATION_KINDS.map((kind) => (
          <label key={kind} className="flex min-h-11 items-center gap-3 text-sm">
            <input
              type="checkbox"
              className="size-5"
              checked={on.includes(kind)}
              data-testid={`mail-kind-${kind}`}
              onChange={(e) => flip(kind, e.target.checked)}
            />
            {MAIL_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <p className="text-xs text-muted-foreground">
        News that arrives within half a minute comes as one mail.
      </p>
      {!mailsLeave ? (
        <p className="text-xs text-muted-foreground">
          This server has no mail server configured (SMTP_URL): mails are written to its log instead.
        </p>
      ) : null}
    </section>
  );
}
