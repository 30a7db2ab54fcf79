"use client";

import { useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { setLanguageAction } from "@/lib/actions/settings-actions";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";

type Choice = Locale | "auto";

/**
 * The language this account reads the studio in, saved as it is picked. "As my browser" follows
 * the browser's own preference (Accept-Language). The pages translated so far follow it now.
 */
export function LanguageSettings({ locale }: { locale: Locale | null }) {
  const [choice, setChoice] = useState<Choice>(locale ?? "auto");
  const [pending, startTransition] = useTransition();
  const pick = (next: Choice) => {
    const before = choice;
    setChoice(next);
    startTransition(async () => {
      const result = await setLanguageAction({ locale: next });
      if (!result.ok) {
        setChoice(before);
        toast.error(result.message);
      } else toast.success("Language saved");
    });
  };
  return (
    <section
      aria-labelledby="language-title"
      className="grid gap-2 rounded-2xl border border-border bg-card p-4"
    >
      <h2 id="language-title" className="font-semibold">
        Language
      </h2>
      <p className="text-sm text-muted-foreground">
        The sign-in pages and share links follow it; the rest of the studio, and its mails, are in English for
        now.
      </p>
      <select
        aria-labelledby="language-title"
        className="h-11 rounded-lg border border-border bg-background px-3 text-sm"
        value={choice}
        disabled={pending}
        data-testid="language-select"
        onChange={(e) => pick(e.target.value as Choice)}
      >
        <option value="auto">As my browser</option>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
    </section>
  );
}
