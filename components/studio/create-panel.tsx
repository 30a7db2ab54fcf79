"use client";

import { inWorkspace } from "@/hooks/request-workspace";
import { useQueryClient } from "@tanstack/react-query";
import { Loader2, Wand2, X } from "lucide-react";
import { useCallback, useMemo, useRef, useState, useTransition } from "react";
import { toast } from "@/components/ui/toast";
import { getModel } from "@/lib/grok/catalog";
import { PROMPT_MAX, promptLength } from "@/lib/grok/prompt";
import { submitGenerationAction } from "@/lib/actions/generation-actions";
import { generationKeys } from "@/hooks/use-generations";
import { usageKey, useUsage } from "@/hooks/use-usage";
import { ImageInputs, type UploadedImage } from "@/components/uploads/image-inputs";
import { Button } from "@/components/ui/button";
import { CastTextarea } from "@/components/cast/cast-textarea";
import type { CastOption } from "@/lib/characters/cast-options";
import { cn } from "@/lib/utils";
import { SettingsControls } from "./settings-controls";
import { USAGE_LINE_ID, UsageLine } from "./usage-line";
import { usageVerdict } from "@/lib/usage/usage-verdict";
import { costMicros, formatMoney } from "@/lib/usage/prices";
import { fitToModel, useVideoSettings } from "./use-create-settings";
import { useRemix, type RemixSource } from "./use-remix";
import { announceSubmit } from "./announce-batch";
import { BatchPicker } from "./batch-picker";
import type { BatchSize } from "@/lib/generations/batch";
import { useFailureNotices } from "./failure-notices";
import { useWorkspace } from "@/components/shell/workspace-context";
import type { DraftDto, DraftInput } from "@/lib/drafts/draft-schema";
import { useDraftSync, type DraftContent } from "@/hooks/use-draft-sync";

type FieldErrors = Record<string, string[] | undefined>;

export function CreatePanel({
  onSubmitted,
  draft: serverDraft,
  cast,
}: {
  onSubmitted?: () => void;
  /** The workspace's cast, offered after "@" in the prompt. */
  cast: CastOption[];
  /** The caller's draft as the server keeps it, read with the page (no flash of an empty form). */
  draft: DraftDto | null;
}) {
  const workspace = useWorkspace();
  const { settings, update, openedWithSettings } = useVideoSettings(
    useMemo(() => settingsOf(serverDraft), [serverDraft]),
  );
  const [prompt, setPrompt] = useState(serverDraft?.prompt ?? "");
  const [inputImage, setInputImage] = useState<UploadedImage | null>(serverDraft?.inputImage ?? null);
  const [referenceImages, setReferenceImages] = useState<UploadedImage[]>(serverDraft?.referenceImages ?? []);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, startTransition] = useTransition();
  const [count, setCount] = useState<BatchSize>(1); // batch: "×1 ×2 ×4"
  const queryClient = useQueryClient();
  const { add: addFailure } = useFailureNotices();
  // One key per intended generation: a double-click or a retry after a network error reuses it.
  const keyRef = useRef<string | null>(null);
  // Whether the prompt is being focused by a pointer (which places the caret itself).
  const pointerFocus = useRef(false);

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
    serverDraft?.remix ?? null,
  );

  const current: DraftContent = {
    prompt,
    ...settings,
    inputImage,
    referenceImages,
    remix: remix.source,
  };
  useDraftSync({
    owner: { userId: workspace.userId, workspaceId: workspace.id },
    server: serverDraft,
    current,
    apply: (d) => {
      setPrompt(d.prompt);
      setInputImage(d.inputImage);
      setReferenceImages(d.referenceImages);
      remix.restore(d.remix);
      if (!openedWithSettings && d.model) update(fitToModel(settingsOf(d) ?? {}), "replace");
    },
    refreshImages: (d, sent) => {
      const fresh = new Map(
        [...(d.inputImage ? [d.inputImage] : []), ...d.referenceImages].map((i) => [i.id, i]),
      );
      const gone = (id: string) => wasSent(sent, id) && !fresh.has(id);
      setInputImage((image) => (image && gone(image.id) ? null : image && (fresh.get(image.id) ?? image)));
      setReferenceImages((images) => images.filter((i) => !gone(i.id)).map((i) => fresh.get(i.id) ?? i));
    },
  });

  const usage = useUsage().data;
  const verdict = usage ? usageVerdict(usage, settings.durationSec, count) : null;

  const model = getModel(settings.model)!;
  // In money only where the team set a price for this model (lib/usage/prices.ts).
  const cost = costMicros(workspace.prices, settings.model, settings.durationSec * count);
  const length = promptLength(prompt);
  const request = {
    prompt,
    ...settings,
    inputImageId: inputImage?.id ?? null,
    referenceImageIds: model.acceptsReferenceImages ? referenceImages.map((r) => r.id) : [],
  };

  const submit = () => {
    if (pending || verdict?.over) return;
    // Lineage belongs to the one submit that came from the remix.
    const remixedFromId = remix.source?.id ?? null;
    startTransition(async () => {
      const parsed = (await loadSettingsSchema()).safeParse(request);
      if (!parsed.success) {
        setErrors(parsed.error.flatten().fieldErrors as FieldErrors);
        return;
      }
      setErrors({});
      keyRef.current ??= crypto.randomUUID();
      const idempotencyKey = keyRef.current;
      const result = await submitGenerationAction(
        inWorkspace({ settings: request, idempotencyKey, remixedFromId, count }),
      );
      if (result.ok) {
        keyRef.current = null;
        if (remixedFromId) remix.end(remixedFromId);
        await announceSubmit(result.data, addFailure);
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
        <CastTextarea
          cast={cast}
          id="prompt"
          name="prompt"
          rows={4}
          value={prompt}
          // While a remix loads, typing would be overwritten a moment later.
          readOnly={remix.loading}
          aria-busy={remix.loading || undefined}
          onPointerDown={() => (pointerFocus.current = true)}
          onFocus={(e) => {
            void loadSettingsSchema();
            // Tabbed into (not clicked): continue the text, as a writer expects, instead of
            // typing at its start, before a restored prompt.
            const field = e.currentTarget;
            if (!pointerFocus.current && field.selectionStart === 0 && field.selectionEnd === 0)
              field.setSelectionRange(field.value.length, field.value.length);
            pointerFocus.current = false;
          }}
          onValueChange={(value) => {
            setPrompt(value);
            // Clearing the prompt starts something new: no longer a remix.
            if (value.trim() === "") remix.clear();
          }}
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
            {errors.prompt?.join(" ") ?? (
              // No keyboard shortcut to advertise on a touch screen.
              <span className="pointer-coarse:hidden">Ctrl/⌘ + Enter to generate</span>
            )}
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

      {/* Pinned to the bottom of the panel's own scroll, so Generate is in reach at any length. */}
      <div
        className="sticky bottom-0 z-10 -mx-4 grid gap-2 border-t border-border bg-card px-4 pt-3 pb-[calc(1rem+env(safe-area-inset-bottom))] sm:-mx-5 sm:px-5 lg:pb-5"
        data-testid="generate-bar"
      >
        <div className="flex items-center gap-2">
          <BatchPicker value={count} onChange={setCount} disabled={pending} />
          <Button
            type="submit"
            size="lg"
            disabled={pending || remix.loading || verdict?.over}
            aria-describedby={verdict ? USAGE_LINE_ID : undefined}
            data-testid="generate"
            className="flex-1"
          >
            {pending ? <Loader2 aria-hidden className="animate-spin" /> : <Wand2 aria-hidden />}
            {pending
              ? "Sending…"
              : `Generate${count > 1 ? ` ${count}` : ""} · ${settings.durationSec * count} s${cost === null ? "" : ` · ${formatMoney(cost)}`}`}
          </Button>
        </div>
        <UsageLine verdict={verdict} />
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

/** The settings a draft names, for a URL that has none. */
const settingsOf = (d: DraftDto | null) =>
  d?.model
    ? {
        model: d.model,
        ...(d.aspectRatio ? { aspectRatio: d.aspectRatio } : {}),
        ...(d.resolution ? { resolution: d.resolution } : {}),
        ...(d.durationSec ? { durationSec: d.durationSec } : {}),
      }
    : null;

const wasSent = (sent: DraftInput, id: string) =>
  sent.inputImageId === id || sent.referenceImageIds.includes(id);

// zod is about 90 KiB: it loads when the prompt is first focused (or at the first submit), not
// with the page.
const loadSettingsSchema = () => import("@/lib/grok/settings-schema").then((m) => m.generationSettingsSchema);
