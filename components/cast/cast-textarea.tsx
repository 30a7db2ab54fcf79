"use client";

import { useRef, type TextareaHTMLAttributes } from "react";
import { useMentionField } from "@/components/ui/use-mention-field";
import { cn } from "@/lib/utils";
import type { CastOption } from "@/lib/characters/cast-options";

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
  cast: CastOption[];
};

/**
 * A prompt field that offers the workspace's cast after `@` (the create panel and every shot): the
 * keys of `useMentionField`, and a tap takes one too. The mention is plain text (`@Mara `): the
 * server resolves it (lib/characters/apply-cast.ts), so a typed name works as well as a picked one.
 * A plain textbox (aria-autocomplete, as the comment field): `role="combobox"` is not allowed on a
 * textarea.
 */
export function CastTextarea({ value, onValueChange, cast, className, onKeyDown, onBlur, ...props }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionField({
    field,
    value,
    onChange: onValueChange,
    suggest: (query) => cast.filter((c) => c.name.toLowerCase().startsWith(query.toLowerCase())).slice(0, 6),
    textOf: (option: CastOption) => option.name,
  });

  const count = mention.suggestions.length;
  return (
    <div className="relative grid">
      <textarea
        {...props}
        ref={field}
        value={value}
        {...mention.aria}
        className={className}
        onChange={mention.onChange}
        onKeyDown={(e) => {
          if (!mention.onKeyDown(e)) onKeyDown?.(e);
        }}
        onBlur={(e) => {
          mention.close();
          onBlur?.(e);
        }}
      />
      {mention.open && (
        <ul
          id={mention.listbox}
          role="listbox"
          aria-label="Cast"
          data-testid="cast-picker"
          className="absolute top-full left-0 z-20 mt-1 grid w-64 max-w-full gap-0.5 rounded-xl border border-border bg-background p-1 shadow-lg"
        >
          {mention.suggestions.map((option, i) => (
            <li
              key={option.name}
              id={`${mention.listbox}-${i}`}
              role="option"
              aria-selected={i === mention.active}
              // mousedown, not click: the field keeps its focus (and the caret) while one is taken.
              onMouseDown={(e) => {
                e.preventDefault();
                mention.pick(option);
              }}
              onMouseEnter={() => mention.setActive(i)}
              className={cn(
                "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-2 text-sm",
                i === mention.active && "bg-muted",
              )}
            >
              {option.imageUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- a signed storage URL
                <img
                  src={option.imageUrl}
                  alt=""
                  width={28}
                  height={28}
                  className="size-7 rounded-full object-cover"
                />
              ) : null}
              <span className="font-medium">@{option.name}</span>
              <span className="truncate text-muted-foreground">{option.description}</span>
            </li>
          ))}
        </ul>
      )}
      <p aria-live="polite" className="sr-only">
        {mention.open ? `${count} ${count === 1 ? "cast member" : "cast members"} to mention` : ""}
      </p>
    </div>
  );
}
