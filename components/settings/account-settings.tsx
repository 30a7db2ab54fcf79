"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { toast } from "@/components/ui/toast";
import { changeEmailAction, changePasswordAction, renameUserAction } from "@/lib/actions/account-actions";
import type { ActionResult } from "@/lib/errors";

const formValue = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? "");

/**
 * Name, address and password. The address and the password ask for the current password first
 * (accounts made through GitHub or Google have none and are not asked); a new address changes
 * once the link mailed to it is used.
 */
export function AccountSettings({
  name,
  email,
  hasPassword,
}: {
  name: string;
  email: string;
  hasPassword: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [emailNote, setEmailNote] = useState<string | null>(null);

  const run = <T,>(
    form: HTMLFormElement,
    work: () => Promise<ActionResult<T>>,
    done: (data: T) => string | null,
  ) =>
    startTransition(async () => {
      const result = await work();
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        return void toast.error(result.message);
      }
      setErrors({});
      const message = done((result as { data: T }).data);
      if (message) toast.success(message);
      form.reset();
      router.refresh();
    });

  return (
    <section
      aria-labelledby="account-title"
      className="grid gap-6 rounded-2xl border border-border bg-card p-4"
    >
      <h2 id="account-title" className="font-semibold">
        Account
      </h2>
      <form
        className="grid gap-2 sm:grid-cols-[1fr_auto] sm:items-end"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          run(
            form,
            () => renameUserAction({ name: formValue(form, "name") }),
            () => "Name saved",
          );
        }}
      >
        <Field
          label="Your name"
          name="name"
          defaultValue={name}
          maxLength={80}
          required
          autoComplete="name"
          errors={errors.name}
          data-testid="account-name"
        />
        <Button type="submit" variant="outline" disabled={pending} data-testid="save-name">
          Save name
        </Button>
      </form>

      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          const next = formValue(form, "email");
          run(
            form,
            () =>
              changeEmailAction({
                email: next,
                password: hasPassword ? formValue(form, "email-password") : undefined,
              }),
            (data) => {
              if (data.status === "changed") return `You now sign in with ${data.email}`;
              setEmailNote(
                `We sent a link to ${data.email}. Your address changes when it is used (within 24 hours); until then you sign in with ${email}.`,
              );
              return null;
            },
          );
        }}
      >
        <h3 className="text-sm font-semibold">Email</h3>
        <p className="text-sm">
          You sign in with <strong data-testid="account-email">{email}</strong>.
        </p>
        <Field
          label="New email address"
          name="email"
          type="email"
          maxLength={254}
          required
          autoComplete="email"
          errors={errors.email}
        />
        {hasPassword ? (
          <Field
            label="Current password"
            name="email-password"
            type="password"
            required
            autoComplete="current-password"
            errors={errors.password}
          />
        ) : null}
        <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
          Change email
        </Button>
        {emailNote ? (
          <p role="status" data-testid="email-change-sent" className="text-sm text-muted-foreground">
            {emailNote}
          </p>
        ) : null}
      </form>

      <form
        className="grid gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          const form = e.currentTarget;
          run(
            form,
            () =>
              changePasswordAction({
                current: hasPassword ? formValue(form, "current-password") : undefined,
                next: formValue(form, "new-password"),
              }),
            () => "Password changed. Your other devices are signed out.",
          );
        }}
      >
        <h3 className="text-sm font-semibold">Password</h3>
        {hasPassword ? (
          <Field
            label="Current password"
            name="current-password"
            type="password"
            required
            autoComplete="current-password"
            errors={errors.current}
          />
        ) : (
          <p className="text-sm text-muted-foreground">
            You sign in through GitHub or Google. Set a password to sign in with your email too.
          </p>
        )}
        <Field
          label="New password"
          name="new-password"
          type="password"
          required
          minLength={8}
          autoComplete="new-password"
          errors={errors.next}
        />
        <Button type="submit" variant="outline" disabled={pending} className="justify-self-start">
          {hasPassword ? "Change password" : "Set password"}
        </Button>
        <p className="text-xs text-muted-foreground">Changing it signs you out on every other device.</p>
      </form>
    </section>
  );
}
