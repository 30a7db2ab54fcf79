"use client";

import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type RefObject,
} from "react";

/** The "@na…" being typed at the caret: where its "@" is and what follows it, or null. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const start = text.lastIndexOf("@", caret - 1);
  if (start === -1) return null;
  // An "@" inside a word is an address (ada@example.test), not a mention.
  if (start > 0 && /[\p{L}\p{N}_.]/u.test(text[start - 1]!)) return null;
  const query = text.slice(start + 1, caret);
  if (query.length > 40 || /[\n@]/.test(query)) return null;
  return { start, query };
}

/**
 * A text field that offers something to mention after "@" (people in a comment, the cast in a
 * prompt): suggestions in a listbox the field points at (aria-controls, aria-activedescendant),
 * arrows to move, Enter or Tab to take one, Escape to close, while the focus stays in the text.
 * The field renders its own list; this keeps the state and the keys.
 */
export function useMentionField<T>({
  value,
  onChange,
  suggest,
  textOf,
  onPick,
  field,
}: {
  /** The text field (its caret is put after a picked mention). */
  field: RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (value: string) => void;
  /** What the query after "@" may mean, best first. */
  suggest: (query: string) => T[];
  /** The text written after "@" for a suggestion. */
  textOf: (option: T) => string;
  onPick?: (option: T) => void;
}) {
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  // The caret position right after a picked mention and its space, until the next key.
  const spaceAfter = useRef<number | null>(null);
  // Where the caret goes once the picked mention is in the field. Set as React commits the new
  // text, before the next key is handled: a frame later (requestAnimationFrame) a fast typist's —
  // or a busy phone's — next letters landed at the end and the rest after the mention (CI saw it).
  const caretAfterPick = useRef<number | null>(null);
  useLayoutEffect(() => {
    const caret = caretAfterPick.current;
    if (caret === null) return;
    caretAfterPick.current = null;
    field.current?.setSelectionRange(caret, caret);
  }, [value, field]);
  const listbox = useId();
  const suggestions = mention ? suggest(mention.query) : [];
  const open = suggestions.length > 0;

  const pick = (option: T) => {
    if (!mention) return;
    const end = mention.start + 1 + mention.query.length;
    // One space after the name, unless the text already has one there.
    const inserted = /^\s/.test(value.slice(end)) ? `@${textOf(option)}` : `@${textOf(option)} `;
    onChange(value.slice(0, mention.start) + inserted + value.slice(end));
    onPick?.(option);
    setMention(null);
    const caret = mention.start + inserted.length + (inserted.endsWith(" ") ? 0 : 1);
    spaceAfter.current = caret;
    caretAfterPick.current = caret;
  };

  return {
    listbox,
    suggestions,
    active,
    setActive,
    open,
    pick,
    onChange(event: ChangeEvent<HTMLTextAreaElement>) {
      onChange(event.target.value);
      setMention(activeMention(event.target.value, event.target.selectionStart));
      setActive(0);
    },
    /** True when the key was the suggestions' (the field's own keys go on otherwise). */
    onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>): boolean {
      // The space a picked mention already added: typing one more would make two.
      const typedSpaceAt = spaceAfter.current;
      spaceAfter.current = null;
      if (event.key === " " && typedSpaceAt !== null && event.currentTarget.selectionStart === typedSpaceAt) {
        event.preventDefault();
        return true;
      }
      if (!open) return false;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((i) => (i + step + suggestions.length) % suggestions.length);
      } else if (event.key === "Enter" || event.key === "Tab") {
        pick(suggestions[active]!);
      } else if (event.key === "Escape") {
        setMention(null);
      } else {
        return false;
      }
      event.preventDefault();
      return true;
    },
    close: () => setMention(null),
    /** The field's ARIA, pointing at the list while it is open. */
    aria: {
      "aria-autocomplete": "list" as const,
      "aria-controls": open ? listbox : undefined,
      "aria-activedescendant": open ? `${listbox}-${active}` : undefined,
    },
  };
}
