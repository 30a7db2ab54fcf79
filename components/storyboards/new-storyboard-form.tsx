"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { createStoryboardAction } from "@/lib/actions/storyboard-actions";
import { ASPECT_RATIOS, getModel, RESOLUTIONS } from "@/lib/grok/catalog";
import { STORYBOARD_MODELS, splitScript } from "@/lib/storyboards/storyboard-rules";
import { callAction } from "./action-call";

const selectClass = "h-11 rounded-lg border border-border bg-background px-3 text-sm sm:h-9";

/** A new storyboard: a title, its frame, and optionally a script pasted in (one shot per paragraph). */
export function NewStoryboardForm() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [script, setScript] = useState("");
  const [model, setModel] = useState<string>(STORYBOARD_MODELS[0]!);
  const spec = getModel(model);
  const shots = splitScript(script).length;

  const submit = (form: FormData) => {
    setError(null);
    startTransition(async () => {
      try {
        const { id } = await callAction(createStoryboardAction, {
          title: String(form.get("title") ?? ""),
          frame: {
            model: model as (typeof STORYBOARD_MODELS)[number],
            aspectRatio: String(form.get("aspectRatio")) as (typeof ASPECT_RATIOS)[number],
            resolution: String(form.get("resolution")) as (typeof RESOLUTIONS)[number],
          },
          script,
        });
        router.push(`/storyboards/${id}`);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
      }
    });
  };

  return (
    <form
      action={submit}
      data-testid="new-storyboard"
      className="grid gap-3 rounded-xl border border-border p-4"
    >
      <h2 className="font-semibold">New storyboard</h2>
      <label className="grid gap-1 text-sm">
        Title
        <input
          name="title"
          required
          maxLength={120}
          placeholder="The lighthouse keeper"
          className="h-11 rounded-lg border border-border bg-background px-3 sm:h-9"
        />
      </label>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <label className="grid gap-1 text-sm">
          Model
          <select
            name="model"
            value={model}
            onChange={(e) => setModel(e.target.value)}
            className={selectClass}
          >
            {STORYBOARD_MODELS.map((id) => (
              <option key={id} value={id}>
                {getModel(id)?.label ?? id}
              </option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          Aspect ratio
          <select name="aspectRatio" defaultValue="16:9" className={selectClass}>
            {(spec?.aspectRatios ?? ASPECT_RATIOS).map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
        <label className="grid gap-1 text-sm">
          Resolution
          <select name="resolution" defaultValue="480p" className={selectClass}>
            {(spec?.resolutions ?? RESOLUTIONS).map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      </div>
      <label className="grid gap-1 text-sm">
        Script (optional): one shot per paragraph, a blank line between them
        <textarea
          name="script"
          value={script}
          onChange={(e) => setScript(e.target.value)}
          rows={4}
          className="rounded-lg border border-border bg-background p-3"
          placeholder={"A lighthouse at dusk, waves below.\n\nThe keeper climbs the stairs with a lamp."}
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      )}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} data-testid="create-storyboard">
          {pending ? "Creating…" : shots > 1 ? `Create with ${shots} shots` : "Create storyboard"}
        </Button>
      </div>
    </form>
  );
}
