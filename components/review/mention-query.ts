import type { Mentionable } from "@/lib/reviews/mentions";

export { activeMention } from "@/components/ui/use-mention-field";

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
