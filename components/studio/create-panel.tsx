"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Loader2, Wand2 } from "lucide-react";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { MODELS, getModel } from "@/lib/grok/catalog";
import { generationSettingsSchema, PROMPT_MAX, promptLength } from "@/lib/grok/settings-schema";
import { submitGenerationAction } from "@/lib/actions/generations";
import { generationKeys } from "@/lib/queries/generations";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { AspectRatioPicker } from "./aspect-ratio-picker";
import { useCreateSettings } from "./use-create-settings";

export function CreatePanel() {
  const { settings, update } = useCreateSettings();
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>({});
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  // One key per intended generation: a double-click or a retry after a network error reuses it.
  const keyRef = useRef<string | null>(null);
  const model = getModel(settings.model)!;
  const length = promptLength(settings.prompt);

  const submit = () => {
    if (pending) return;
    const parsed = generationSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      setErrors(parsed.error.flatten().fieldErrors as Record<string, string[]>);
      return;
    }
    setErrors({});
    keyRef.current ??= crypto.randomUUID();
    const idempotencyKey = keyRef.current;
    startTransition(async () => {
      const result = await submitGenerationAction({ settings, idempotencyKey });
      if (result.ok) {
        keyRef.current = null;
        toast.success("Generating your video", { description: "It will appear below when it is ready." });
        await queryClient.invalidateQueries({ queryKey: generationKeys.all });
      } else {
        if (result.code !== "internal") keyRef.current = null;
        setErrors(result.fieldErrors ?? {});
        toast.error(result.message);
      }
    });
  };

  return (
    <form
      aria-label="Create a video"
      data-testid="create-panel"
      className="grid gap-5 rounded-2xl border border-border bg-card p-4 sm:p-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="grid gap-1.5">
        <label htmlFor="prompt" className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id="prompt"
          name="prompt"
          rows={4}
          value={settings.prompt}
          onChange={(e) => update({ prompt: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) {
              e.preventDefault();
              submit();
            }
          }}
          placeholder="A slow dolly shot through a neon-lit ramen shop at night, steam rising…"
          aria-invalid={errors.prompt ? true : undefined}
          aria-describedby="prompt-help"
          className="w-full resize-y rounded-lg border border-border bg-background p-3 text-base sm:text-sm aria-invalid:border-danger"
        />
        <div id="prompt-help" className="flex justify-between text-xs text-muted-foreground">
          <span className={cn(errors.prompt && "text-danger")} data-testid="prompt-error">
            {errors.prompt?.join(" ") ?? "Ctrl/⌘ + Enter to generate"}
          </span>
          <span className={cn(length > PROMPT_MAX && "text-danger")} data-testid="prompt-count">
            {length.toLocaleString()} / {PROMPT_MAX.toLocaleString()}
          </span>
        </div>
      </div>

      <div className="grid gap-1.5">
        <label htmlFor="model" className="text-sm font-medium">
          Model
        </label>
        <select
          id="model"
          value={settings.model}
          onChange={(e) => update({ model: e.target.value as typeof settings.model })}
          className="h-11 rounded-lg border border-border bg-background px-3 text-base sm:text-sm"
        >
          {MODELS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.label}
            </option>
          ))}
        </select>
        <p className="text-xs text-muted-foreground" data-testid="model-description">
          {model.description}
        </p>
      </div>

      <fieldset className="grid gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Aspect ratio</legend>
        <AspectRatioPicker
          value={settings.aspectRatio}
          options={model.aspectRatios}
          onChange={(aspectRatio) => update({ aspectRatio: aspectRatio as typeof settings.aspectRatio })}
        />
      </fieldset>

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <fieldset className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">Resolution</legend>
          <div className="flex gap-2" role="radiogroup" aria-label="Resolution">
            {model.resolutions.map((r) => (
              <button
                key={r}
                type="button"
                role="radio"
                aria-checked={settings.resolution === r}
                data-testid={`resolution-${r}`}
                onClick={() => update({ resolution: r })}
                className={cn(
                  "h-11 flex-1 rounded-lg border border-border text-sm",
                  settings.resolution === r
                    ? "border-primary bg-accent font-medium"
                    : "text-muted-foreground hover:bg-muted",
                )}
              >
                {r}
              </button>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-1.5">
          <label htmlFor="duration" className="flex justify-between text-sm font-medium">
            <span>Duration</span>
            <span data-testid="duration-value">{settings.durationSec} s</span>
          </label>
          <input
            id="duration"
            type="range"
            min={model.durations.min}
            max={model.durations.max}
            step={1}
            value={settings.durationSec}
            onChange={(e) => update({ durationSec: Number(e.target.value) })}
            aria-valuetext={`${settings.durationSec} seconds`}
            className="h-11 w-full accent-[var(--primary)]"
          />
          <p className="text-xs text-muted-foreground">
            {model.durations.min}–{model.durations.max} s
            {model.durations.recommended
              ? ` · ${model.durations.recommended.join(" or ")} s are the most stable`
              : ""}
          </p>
        </div>
      </div>

      {Object.entries(errors)
        .filter(([field]) => field !== "prompt")
        .map(([field, messages]) => (
          <p key={field} role="alert" className="text-sm text-danger">
            {messages?.join(" ")}
          </p>
        ))}

      <Button type="submit" size="lg" disabled={pending} data-testid="generate">
        {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Wand2 aria-hidden />}
        {pending ? "Sending…" : `Generate · ${settings.durationSec} s`}
      </Button>
    </form>
  );
}
