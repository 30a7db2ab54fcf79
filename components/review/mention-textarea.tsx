"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/comment-limits";
import type { Mentionable } from "@/lib/reviews/mentions";
import { activeMention, suggestMembers } from "./mention-query";
import { MentionSuggestions } from "./mention-suggestions";
import { useReview } from "./review-provider";

/**
 * A comment's text box: typing "@" suggests the team's members in a listbox the field points at
 * (arrow keys, Enter or Tab to pick, Esc to close) while the focus stays in the text;
 * Ctrl/⌘+Enter submits. Picked people are reported so the server knows which namesake was meant.
 */
export function MentionTextarea({
  id,
  value,
  onChange,
  onPick,
  onSubmit,
  describedBy,
  invalid,
  placeholder,
  autoFocus,
  testId,
}: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  onPick: (userId: string) => void;
  onSubmit: () => void;
  describedBy?: string;
  invalid?: boolean;
  placeholder?: string;
  autoFocus?: boolean;
  testId: string;
}) {
  const { members } = useReview();
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const field = useRef<HTMLTextAreaElement>(null);
  // The caret position right after a picked mention and its space, until the next key.
  const spaceAfter = useRef<number | null>(null);
  const listbox = useId();
  const suggestions = mention ? suggestMembers(members, mention.query) : [];
  const open = suggestions.length > 0;

  const pick = (member: Mentionable) => {
    if (!mention) return;
    const end = mention.start + 1 + mention.query.length;
    // One space after the name, unless the text already has one there.
    const inserted = /^\s/.test(value.slice(end)) ? `@${member.name}` : `@${member.name} `;
    onChange(value.slice(0, mention.start) + inserted + value.slice(end));
    onPick(member.userId);
    setMention(null);
    const caret = mention.start + inserted.length + (inserted.endsWith(" ") ? 0 : 1);
    spaceAfter.current = caret;
    requestAnimationFrame(() => field.current?.setSelectionRange(caret, caret));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // The space a picked mention already added: typing one more would make two.
    const typedSpaceAt = spaceAfter.current;
    spaceAfter.current = null;
    if (event.key === " " && typedSpaceAt !== null && event.currentTarget.selectionStart === typedSpaceAt) {
      event.preventDefault();
      return;
    }
    if (open && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
    } else if (open && (event.key === "Enter" || event.key === "Tab")) {
      event.preventDefault();
      pick(suggestions[active]!);
    } else if (open && event.key === "Escape") {
      event.preventDefault();
      setMention(null);
    } else if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      onSubmit();
    }
  };

  return (
    <div className="relative">
      <textarea
        ref={field}
        id={id}
        value={value}
        rows={3}
        maxLength={MAX_COMMENT_LENGTH}
        placeholder={placeholder}
        autoFocus={autoFocus}
        onChange={(e) => {
          onChange(e.target.value);
          setMention(activeMention(e.target.value, e.target.selectionStart));
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
        aria-autocomplete="list"
        aria-controls={open ? listbox : undefined}
        aria-activedescendant={open ? `${listbox}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        className="block w-full resize-y rounded-lg border border-border bg-card px-3 py-2 text-base placeholder:text-muted-foreground aria-invalid:border-danger sm:text-sm"
        data-testid={testId}
      />
      {open ? (
        <MentionSuggestions
          id={listbox}
          members={suggestions}
          active={active}
          onPick={pick}
          onHover={setActive}
        />
      ) : null}
      <p aria-live="polite" className="sr-only">
        {open ? `${suggestions.length} ${suggestions.length === 1 ? "person" : "people"} to mention` : ""}
      </p>
    </div>
  );
}
