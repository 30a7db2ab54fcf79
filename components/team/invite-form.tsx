"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { createInviteAction } from "@/lib/actions/invite-actions";
import type { Role } from "@/lib/auth/roles";
import { inWorkspace } from "@/hooks/request-workspace";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { CopyButton } from "@/components/generation/copy-button";
import { ROLE_HINT } from "./role-label";

/**
 * Invite by email (only that address can join; mailed there, or to the server log without SMTP)
 * or, with the email left empty, as a link to hand over. The link is shown to copy either way.
 */
export function InviteForm({ roles, mailsLeave }: { roles: Role[]; mailsLeave: boolean }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [link, setLink] = useState<{ url: string; note: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const submit = (form: HTMLFormElement) =>
    startTransition(async () => {
      const data = new FormData(form);
      const email = String(data.get("email") ?? "").trim();
      const result = await createInviteAction(inWorkspace({ email, role: String(data.get("role")) as Role }));
      if (!result.ok) {
        setErrors(result.fieldErrors ?? { form: [result.message] });
        return;
      }
      setErrors({});
      form.reset();
      const { mail, url } = result.data;
      const note = !email
        ? "Anyone with this link can join once, within 7 days."
        : mail === "smtp"
          ? `Invite mailed to ${email}. The link works only for that address.`
          : mail === "failed"
            ? `The mail to ${email} could not be sent. Copy the link and send it yourself.`
            : `No mail server is set up, so copy the link and send it to ${email} yourself.`;
      if (mail === "failed") toast.error(note);
      else toast.success(email ? `Invited ${email}` : "Invite link ready");
      setLink({ url, note });
      router.refresh();
    });

  return (
    <div className="grid gap-3">
      <form
        className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          submit(e.currentTarget);
        }}
      >
        <Field
          label="Email (leave empty for a link anyone can use once)"
          name="email"
          type="email"
          autoComplete="off"
          placeholder="teammate@example.com"
          errors={errors.email}
        />
        <div className="grid gap-1.5">
          <label htmlFor="invite-role" className="text-sm font-medium">
            Role
          </label>
          <select
            id="invite-role"
            name="role"
            defaultValue={roles.includes("member") ? "member" : roles[0]}
            className="h-11 rounded-lg border border-border bg-card px-3 text-base sm:text-sm"
          >
            {roles.map((r) => (
              <option key={r} value={r} title={ROLE_HINT[r]}>
                {r}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit" disabled={pending} data-testid="send-invite">
          {pending ? "Inviting…" : "Invite"}
        </Button>
      </form>
      {errors.form ? (
        <p role="alert" className="text-sm text-danger">
          {errors.form.join(" ")}
        </p>
      ) : null}
      {!mailsLeave ? (
        <p className="text-xs text-muted-foreground">
          No mail server is configured (SMTP_URL), so invites are not mailed: copy the link below.
        </p>
      ) : null}
      {link ? (
        <div className="grid gap-1 rounded-xl bg-muted p-3 text-sm" data-testid="invite-link-box">
          <p>{link.note}</p>
          <div className="flex items-center gap-2">
            <code className="min-w-0 flex-1 truncate text-xs" data-testid="invite-link">
              {link.url}
            </code>
            <CopyButton text={link.url} label="Copy invite link" copied="Invite link copied" />
          </div>
        </div>
      ) : null}
    </div>
  );
}
