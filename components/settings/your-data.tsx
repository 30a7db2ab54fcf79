"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Download } from "lucide-react";
import { Button, buttonVariants } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { deleteAccountAction } from "@/lib/actions/account-actions";

interface Line {
  id: string;
  name: string;
  personal: boolean;
  videos: number;
}

const videos = (n: number) => `${n} video${n === 1 ? "" : "s"}`;

/**
 * Taking one's videos out, and leaving for good. What deleting does is listed before anything can
 * be confirmed: what goes, what stays with which team, and which team must be handed over first.
 */
export function YourData({
  email,
  hasPassword,
  made,
  plan,
}: {
  email: string;
  hasPassword: boolean;
  /** Videos this person made, in every workspace they are in. */
  made: number;
  plan: { deleted: Line[]; kept: Line[]; handOverFirst: { id: string; name: string }[]; running: number };
}) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [confirm, setConfirm] = useState("");
  const [error, setError] = useState<string | null>(null);
  const blocked = plan.handOverFirst.length > 0;

  return (
    <section aria-labelledby="data-title" className="grid gap-6 rounded-2xl border border-border bg-card p-4">
      <h2 id="data-title" className="font-semibold">
        Your videos and your account
      </h2>
      <div className="grid gap-2">
        <p className="text-sm text-muted-foreground">
          Every video you made ({videos(made)}), in a folder per workspace, with <code>videos.json</code>: the
          prompt and settings of each, failed ones included.
        </p>
        <a
          href="/api/account/export"
          download
          data-testid="export-videos"
          className={buttonVariants({ variant: "outline", className: "justify-self-start" })}
        >
          <Download aria-hidden className="size-4" /> Download my videos (.zip)
        </a>
      </div>

      <form
        className="grid gap-3 rounded-xl border border-danger/40 p-3"
        data-testid="delete-account"
        onSubmit={(e) => {
          e.preventDefault();
          const password = String(new FormData(e.currentTarget).get("delete-password") ?? "");
          startTransition(async () => {
            const result = await deleteAccountAction({
              confirmEmail: confirm,
              password: hasPassword ? password : undefined,
            });
            if (!result.ok) {
              setError(result.message);
              return void toast.error(result.message);
            }
            // The session is already void on the server; nothing of the account stays cached here.
            queryClient.clear();
            router.replace("/sign-in?deleted=done");
          });
        }}
      >
        <h3 className="text-sm font-semibold">Delete my account</h3>
        <ul className="grid list-disc gap-1 pl-5 text-sm" data-testid="deletion-plan">
          {plan.deleted.map((w) => (
            <li key={w.id}>
              <strong>{w.name}</strong> is deleted with its {videos(w.videos)}
              {w.personal ? "" : " (nobody else is in it)"}.
            </li>
          ))}
          {plan.kept.map((w) => (
            <li key={w.id}>
              You leave <strong>{w.name}</strong>; the {videos(w.videos)} you made there stay with the team,
              shown as made by a deleted account. Share links you made there stop working.
            </li>
          ))}
          {plan.handOverFirst.map((w) => (
            <li key={w.id} className="text-danger" data-testid="hand-over-first">
              You are the last owner of <strong>{w.name}</strong>: make someone else its owner (switch to it,
              then Settings) or delete it before deleting your account.
            </li>
          ))}
        </ul>
        <p className="text-sm">This cannot be undone. Download your videos first if you want to keep them.</p>
        <Field
          label={`Type your email, ${email}, to confirm`}
          name="confirm-email"
          value={confirm}
          onChange={(e) => setConfirm(e.target.value)}
          autoComplete="off"
          disabled={blocked}
        />
        {hasPassword ? (
          <Field
            label="Current password"
            name="delete-password"
            type="password"
            autoComplete="current-password"
            disabled={blocked}
          />
        ) : null}
        {error ? (
          <p role="alert" className="text-sm text-danger">
            {error}
          </p>
        ) : null}
        <Button
          type="submit"
          variant="danger"
          disabled={pending || blocked || confirm.trim().toLowerCase() !== email.toLowerCase()}
          className="justify-self-start"
        >
          Delete my account
        </Button>
      </form>
    </section>
  );
}
