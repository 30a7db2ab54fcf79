"use client";

import { Avatar } from "@/components/ui/avatar";
import type { Mentionable } from "@/lib/reviews/mentions";
import { cn } from "@/lib/utils";

/**
 * The people a "@…" being typed may mean: a listbox the comment field points at
 * (aria-controls, aria-activedescendant), so focus stays in the text while the arrow keys move.
 */
export function MentionSuggestions({
  id,
  members,
  active,
  onPick,
  onHover,
}: {
  id: string;
  members: Mentionable[];
  active: number;
  onPick: (member: Mentionable) => void;
  onHover: (index: number) => void;
}) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label="People to mention"
      className="absolute inset-x-0 top-full z-20 mt-1 max-h-60 overflow-auto rounded-xl border border-border bg-card p-1 shadow-lg"
      data-testid="mention-suggestions"
    >
      {members.map((m, index) => (
        <li
          key={m.userId}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === active}
          // Keeps the focus (and the caret) in the comment field.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(m)}
          onMouseEnter={() => onHover(index)}
          className={cn(
            "flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-3 text-sm",
            index === active && "bg-muted",
          )}
          data-testid="mention-option"
        >
          <Avatar name={m.name} seed={m.userId} className="size-6" />
          {m.name}
        </li>
      ))}
    </ul>
  );
}
