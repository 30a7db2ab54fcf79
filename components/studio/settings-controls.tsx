"use client";

import { MODELS, getModel, type CostTier } from "@/lib/grok/catalog";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { useWorkspace } from "@/components/shell/workspace-context";
import { formatMoney } from "@/lib/usage/prices";
import { AspectRatioPicker } from "./aspect-ratio-picker";
import { DurationControl } from "./duration-control";
import type { VideoSettings } from "./use-create-settings";

const COST_WORDS: Record<CostTier, string> = {
  lowest: "lowest cost",
  lower: "lower cost",
  higher: "higher cost",
};

/** Model, shape, resolution and duration — every control bounded by the chosen model. */
export function SettingsControls({
  settings,
  update,
}: {
  settings: VideoSettings;
  update: (patch: Partial<VideoSettings>, history?: "push" | "replace") => void;
}) {
  const model = getModel(settings.model)!;
  const price = useWorkspace().prices[model.id];
  return (
    <>
      <div className="grid gap-1.5">
        <label htmlFor="model" className="text-sm font-medium">
          Model
        </label>
        <select
          id="model"
          value={settings.model}
          onChange={(e) => update({ model: e.target.value as VideoSettings["model"] })}
          className="h-11 rounded-lg border border-border bg-background px-3 text-base sm:text-sm"
        >
          {MODELS.map((m) => (
            <option key={m.id} value={m.id}>
              {m.cost.tier ? `${m.label} · ${COST_WORDS[m.cost.tier]}` : m.label}
            </option>
          ))}
        </select>
        <div className="grid gap-1 text-xs text-muted-foreground" data-testid="model-guide">
          <p className="text-foreground" data-testid="model-description">
            {model.description}
          </p>
          <p data-testid="model-speed">
            <span className="font-medium text-foreground">Speed:</span> {model.speed}
          </p>
          <p data-testid="model-cost">
            <span className="font-medium text-foreground">Cost:</span>{" "}
            {price === undefined
              ? model.cost.note
              : `${formatMoney(price)} a second here (the price your team set).`}
          </p>
        </div>
      </div>

      <fieldset className="grid gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Aspect ratio</legend>
        <AspectRatioPicker
          value={settings.aspectRatio}
          options={model.aspectRatios}
          onChange={(aspectRatio) => update({ aspectRatio: aspectRatio as VideoSettings["aspectRatio"] })}
        />
      </fieldset>

      <div className="grid grid-cols-1 gap-5 sm:grid-cols-2">
        <fieldset className="grid gap-1.5">
          <legend className="mb-1.5 text-sm font-medium">Resolution</legend>
          <ChoiceGroup
            label="Resolution"
            value={settings.resolution}
            onChange={(resolution) => update({ resolution })}
            className="flex gap-2"
            choiceClassName="grid h-11 flex-1 place-items-center rounded-lg border border-border text-sm text-muted-foreground hover:bg-muted data-[state=checked]:border-primary data-[state=checked]:bg-accent data-[state=checked]:font-medium data-[state=checked]:text-foreground"
            choices={model.resolutions.map((r) => ({ value: r, content: r, testId: `resolution-${r}` }))}
          />
        </fieldset>
        <DurationControl
          value={settings.durationSec}
          durations={model.durations}
          onChange={(durationSec, history) => update({ durationSec }, history)}
        />
      </div>
    </>
  );
}
