"use client";

import { useRef, type KeyboardEvent } from "react";
import { useMentionField } from "@/components/ui/use-mention-field";
import { MAX_COMMENT_LENGTH } from "@/lib/reviews/comment-limits";
import type { Mentionable } from "@/lib/reviews/mentions";
import { suggestMembers } from "./mention-query";
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
  const field = useRef<HTMLTextAreaElement>(null);
  const mention = useMentionField({
    field,
    value,
    onChange,
    suggest: (query) => suggestMembers(members, query),
    textOf: (member: Mentionable) => member.name,
    onPick: (member) => onPick(member.userId),
  });
  const { suggestions, open } = mention;

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (mention.onKeyDown(event)) return;
    if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
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
        onChange={mention.onChange}
        onKeyDown={onKeyDown}
        onBlur={mention.close}
        {...mention.aria}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        className="block w-full resize-y rounded-lg border border-border bg-card px-3 py-2 text-base placeholder:text-muted-foreground aria-invalid:border-danger sm:text-sm"
        data-testid={testId}
      />
      {open ? (
        <MentionSuggestions
          id={mention.listbox}
          members={suggestions}
          active={mention.active}
          onPick={mention.pick}
          onHover={mention.setActive}
        />
      ) : null}
      <p aria-live="polite" className="sr-only">
        {open ? `${suggestions.length} ${suggestions.length === 1 ? "person" : "people"} to mention` : ""}
      </p>
    </div>
  );
}
