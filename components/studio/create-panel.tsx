"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Loader2, Wand2, X } from "lucide-react";
import { useCallback, useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { getModel } from "@/lib/grok/catalog";
import { generationSettingsSchema, PROMPT_MAX, promptLength } from "@/lib/grok/settings-schema";
import { submitGenerationAction } from "@/lib/actions/generations";
import { generationKeys } from "@/lib/queries/generations";
import { usageKey } from "@/lib/queries/usage";
import { ImageInputs, type UploadedImage } from "@/components/uploads/image-inputs";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { SettingsControls } from "./settings-controls";
import { UsageLine } from "./usage-line";
import { fitToModel, useVideoSettings } from "./use-create-settings";
import { useRemix, type RemixSource } from "./use-remix";
import { announceOutcome } from "./announce-outcome";
import { useFailureNotices } from "./failure-notices";

type FieldErrors = Record<string, string[] | undefined>;

export function CreatePanel({ onSubmitted }: { onSubmitted?: () => void }) {
  const { settings, update } = useVideoSettings();
  const [prompt, setPrompt] = useState("");
  const [inputImage, setInputImage] = useState<UploadedImage | null>(null);
  const [referenceImages, setReferenceImages] = useState<UploadedImage[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const { add: addFailure } = useFailureNotices();
  // One key per intended generation: a double-click or a retry after a network error reuses it.
  const keyRef = useRef<string | null>(null);

  const remix = useRemix(
    useCallback(
      (source: RemixSource) => {
        const g = source.generation;
        setPrompt(g.prompt);
        update(
          fitToModel({
            model: g.model,
            aspectRatio: g.aspectRatio,
            resolution: g.resolution,
            durationSec: g.durationSec,
          }),
          "replace",
        );
        setInputImage(source.inputImage ? toUploaded(source.inputImage) : null);
        setReferenceImages(source.referenceImages.map(toUploaded));
        keyRef.current = null;
      },
      [update],
    ),
  );

  const model = getModel(settings.model)!;
  const length = promptLength(prompt);
  const draft = {
    prompt,
    ...settings,
    inputImageId: inputImage?.id ?? null,
    referenceImageIds: model.acceptsReferenceImages ? referenceImages.map((r) => r.id) : [],
  };

  const submit = () => {
    if (pending) return;
    const parsed = generationSettingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(parsed.error.flatten().fieldErrors as FieldErrors);
      return;
    }
    setErrors({});
    keyRef.current ??= crypto.randomUUID();
    const idempotencyKey = keyRef.current;
    startTransition(async () => {
      const result = await submitGenerationAction({
        settings: draft,
        idempotencyKey,
        remixedFromId: remix.source?.id ?? null,
      });
      if (result.ok) {
        keyRef.current = null;
        await announceOutcome(result.data, addFailure);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: generationKeys.lists() }),
          queryClient.invalidateQueries({ queryKey: usageKey }),
        ]);
        onSubmitted?.();
      } else {
        // A clear refusal means nothing was made: the next attempt is a new generation.
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
      className="grid gap-5"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      {remix.source ? (
        <p
          className="flex items-center justify-between gap-2 rounded-lg bg-accent px-3 py-2 text-sm"
          data-testid="remix-banner"
        >
          <span className="line-clamp-1">Remixing “{remix.source.prompt}”</span>
          <button
            type="button"
            aria-label="Stop remixing"
            onClick={remix.clear}
            className="grid size-8 place-items-center rounded-md hover:bg-muted"
          >
            <X aria-hidden className="size-4" />
          </button>
        </p>
      ) : null}

      <div className="grid gap-1.5">
        <label htmlFor="prompt" className="text-sm font-medium">
          Prompt
        </label>
        <textarea
          id="prompt"
          name="prompt"
          rows={4}
          value={prompt}
          // While a remix loads, typing would be overwritten a moment later.
          readOnly={remix.loading}
          aria-busy={remix.loading || undefined}
          onChange={(e) => setPrompt(e.target.value)}
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
        <div id="prompt-help" className="flex justify-between gap-2 text-xs text-muted-foreground">
          <span className={cn(errors.prompt && "text-danger")} data-testid="prompt-error">
            {errors.prompt?.join(" ") ?? "Ctrl/⌘ + Enter to generate"}
          </span>
          <span
            className={cn("tabular-nums", length > PROMPT_MAX && "text-danger")}
            data-testid="prompt-count"
          >
            {length.toLocaleString("en")} / {PROMPT_MAX.toLocaleString("en")}
          </span>
        </div>
      </div>

      <SettingsControls settings={settings} update={update} />

      <ImageInputs
        inputImage={inputImage}
        referenceImages={referenceImages}
        maxReferenceImages={model.maxReferenceImages}
        inputImageRequired={model.requiresInputImage}
        referenceImagesAllowed={model.acceptsReferenceImages}
        onChange={(next) => {
          setInputImage(next.inputImage);
          setReferenceImages(next.referenceImages);
        }}
        disabled={pending}
      />

      {Object.entries(errors)
        .filter(([field]) => field !== "prompt")
        .map(([field, messages]) => (
          <p key={field} role="alert" className="text-sm text-danger" data-testid="form-error">
            {messages?.join(" ")}
          </p>
        ))}

      <div className="grid gap-2">
        <Button type="submit" size="lg" disabled={pending || remix.loading} data-testid="generate">
          {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Wand2 aria-hidden />}
          {pending ? "Sending…" : `Generate · ${settings.durationSec} s`}
        </Button>
        <UsageLine durationSec={settings.durationSec} />
      </div>
    </form>
  );
}

const toUploaded = (image: {
  id: string;
  url: string;
  width?: number | null;
  height?: number | null;
}): UploadedImage => ({
  id: image.id,
  url: image.url,
  width: image.width ?? 0,
  height: image.height ?? 0,
});
