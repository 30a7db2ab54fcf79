"use client";

import { Link2, Send } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createShareLinkAction } from "@/lib/actions/share-actions";
import { inWorkspace } from "@/hooks/request-workspace";
import { createShareSchema } from "@/lib/shares/share-schema";
import {
  SHARE_EXPIRIES,
  SHARE_PASSWORD_MAX,
  SHARE_TITLE_MAX,
  type ShareExpiry,
} from "@/lib/shares/share-limits";
import { CopyButton } from "@/components/generation/copy-button";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { ExpiryChoice, ShareSwitches } from "./share-options";

type FieldErrors = Record<string, string[] | undefined>;

/**
 * "Share link…": choose expiry, password, download and whether the prompt shows, then get the
 * link — shown this once (only its hash is kept), with Copy and, on phones, the system's share.
 */
export function ShareDialog({
  open,
  onOpenChange,
  generationIds,
  what,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  generationIds: string[];
  /** "this video", "these 4 videos": for the dialog's words. */
  what: string;
}) {
  const router = useRouter();
  const [url, setUrl] = useState<string | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  const [expiresIn, setExpiresIn] = useState<ShareExpiry>("7d");

  const change = (next: boolean) => {
    if (!next) {
      setUrl(null);
      setErrors({});
    }
    onOpenChange(next);
  };

  const submit = (form: FormData) => {
    const parsed = createShareSchema.safeParse({
      generationIds,
      title: String(form.get("title") ?? ""),
      password: String(form.get("password") ?? ""),
      expiresIn,
      allowDownload: form.get("allowDownload") === "on",
      showPrompt: form.get("showPrompt") === "on",
      allowComments: form.get("allowComments") === "on",
      allowApproval: form.get("allowApproval") === "on",
    });
    if (!parsed.success) return setErrors(parsed.error.flatten().fieldErrors as FieldErrors);
    setErrors({});
    startTransition(async () => {
      const result = await createShareLinkAction(inWorkspace(parsed.data));
      if (!result.ok) return setErrors(result.fieldErrors ?? { form: [result.message] });
      setUrl(result.data.url);
      router.refresh();
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title={url ? "Your share link" : "Share link"}
      description={
        url
          ? "Anyone with this link can watch. It is shown only now: copy it or send it."
          : `A page anyone can open on a phone, for ${what}. Nobody needs an account.`
      }
      testId="share-dialog"
    >
      {url ? (
        <div className="grid gap-3">
          <input
            readOnly
            value={url}
            aria-label="Share link"
            data-testid="share-url"
            onFocus={(e) => e.currentTarget.select()}
            className="h-11 w-full min-w-0 rounded-lg border border-border bg-muted px-3 font-mono text-sm"
          />
          <div className="flex flex-wrap justify-end gap-2">
            <CopyButton text={url} label="Copy link" copied="Link copied" testId="copy-share-url" />
            {typeof navigator !== "undefined" && typeof navigator.share === "function" ? (
              <Button
                variant="outline"
                size="sm"
                className="min-h-11 sm:min-h-9"
                onClick={() => void navigator.share({ url }).catch(() => undefined)}
              >
                <Send aria-hidden /> Send…
              </Button>
            ) : null}
            <Button
              size="sm"
              className="min-h-11 sm:min-h-9"
              onClick={() => change(false)}
              data-testid="share-done"
            >
              Done
            </Button>
          </div>
        </div>
      ) : (
        <form action={submit} className="grid gap-4" noValidate>
          <Field
            label="Title (optional)"
            name="title"
            maxLength={SHARE_TITLE_MAX}
            placeholder="What people see first"
            errors={errors.title}
          />
          <ExpiryChoice expiresIn={expiresIn} onExpiresIn={setExpiresIn} expiries={SHARE_EXPIRIES} />
          <Field
            label="Password (optional)"
            name="password"
            type="password"
            autoComplete="new-password"
            maxLength={SHARE_PASSWORD_MAX}
            placeholder="Leave empty for none"
            errors={errors.password}
          />
          <ShareSwitches />
          {errors.form || errors.generationIds ? (
            <p role="alert" className="text-sm text-danger" data-testid="share-error">
              {(errors.form ?? errors.generationIds)!.join(" ")}
            </p>
          ) : null}
          <Button type="submit" disabled={pending} data-testid="create-share-link">
            <Link2 aria-hidden /> {pending ? "Making the link…" : "Create link"}
          </Button>
        </form>
      )}
    </Dialog>
  );
}
