"use client";

import { useId, useRef, useState, type TextareaHTMLAttributes } from "react";
import { mentionAt } from "@/lib/characters/mentions";
import { cn } from "@/lib/utils";

export interface CastOption {
  name: string;
  description: string;
  imageUrl: string | null;
}

type Props = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "value" | "onChange"> & {
  value: string;
  onValueChange: (value: string) => void;
  cast: CastOption[];
};

/**
 * A prompt field that offers the cast after `@`: arrows move, Enter or Tab takes one, Escape
 * closes; a tap takes one too. The mention is plain text (`@Mara `): the server resolves it.
 */
export function MentionTextarea({ value, onValueChange, cast, className, onKeyDown, ...props }: Props) {
  const field = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState<number | null>(null);
  const [active, setActive] = useState(0);
  const [closed, setClosed] = useState(false);
  const mention = caret === null ? null : mentionAt(value, caret);
  const options = mention
    ? cast.filter((c) => c.name.toLowerCase().startsWith(mention.query)).slice(0, 6)
    : [];
  const open = !closed && options.length > 0;
  const current = Math.min(active, options.length - 1);

  const take = (option: CastOption) => {
    if (!mention || caret === null) return;
    const inserted = `@${option.name} `;
    const next = value.slice(0, mention.start) + inserted + value.slice(caret);
    const at = mention.start + inserted.length;
    onValueChange(next);
    setCaret(at);
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  };

  return (
    <div className="relative grid">
      <textarea
        {...props}
        ref={field}
        value={value}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        className={className}
        onChange={(e) => {
          onValueChange(e.target.value);
          setCaret(e.target.selectionStart);
          setClosed(false);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={(e) => {
          if (open) {
            if (e.key === "ArrowDown" || e.key === "ArrowUp") {
              e.preventDefault();
              setActive((current + (e.key === "ArrowDown" ? 1 : options.length - 1)) % options.length);
              return;
            }
            if (e.key === "Enter" || e.key === "Tab") {
              e.preventDefault();
              take(options[current]!);
              return;
            }
            if (e.key === "Escape") {
              e.preventDefault();
              setClosed(true);
              return;
            }
          }
          onKeyDown?.(e);
        }}
      />
      {open && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Cast"
          data-testid="cast-picker"
          className="absolute top-full left-0 z-20 mt-1 grid w-64 max-w-full gap-0.5 rounded-xl border border-border bg-background p-1 shadow-lg"
        >
          {options.map((option, i) => (
            <li
              key={option.name}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              // mousedown, not click: the field keeps its focus (and the caret) while one is taken.
              onMouseDown={(e) => {
                e.preventDefault();
                take(option);
              }}
              className={cn(
                "flex min-h-11 cursor-pointer items-center gap-2 rounded-lg px-2 text-sm",
                i === current && "bg-muted",
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
    </div>
  );
}
