import type { Mentionable } from "@/lib/reviews/mentions";

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

/** Members whose name, or a word of it, starts with the query; at most `limit`. */
export function suggestMembers(members: readonly Mentionable[], query: string, limit = 6): Mentionable[] {
  const q = query.trim().toLowerCase();
  return members
    .filter((m) => {
      const name = m.name.toLowerCase();
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .slice(0, limit);
}
