/** Someone who may be mentioned: a member of the comment's workspace, by the name the app shows. */
export interface Mentionable {
  userId: string;
  name: string;
}

const WORD = /[\p{L}\p{N}_]/u;

/**
 * Who a comment mentions: at each "@", the longest member name written there (so "@Ada Lovelace"
 * is Ada Lovelace, not a member called Ada), ending at a word boundary. Picked ids are kept only
 * when that person's "@Name" is still in the text; anyone who is not a member is never found.
 */
export function findMentions(
  body: string,
  members: readonly Mentionable[],
  pickedIds: readonly string[] = [],
): string[] {
  const byLength = [...members].filter((m) => m.name.trim()).sort((a, b) => b.name.length - a.name.length);
  const lower = body.toLowerCase();
  const found = new Set<string>();
  for (let at = lower.indexOf("@"); at !== -1; at = lower.indexOf("@", at + 1)) {
    const hit = byLength.find((m) => {
      const name = m.name.trim().toLowerCase();
      const after = body[at + 1 + name.length];
      return lower.startsWith(name, at + 1) && (after === undefined || !WORD.test(after));
    });
    if (!hit) continue;
    // Two members of one name: the one picked from the suggestions, else both.
    const namesakes = byLength.filter((m) => m.name.trim().toLowerCase() === hit.name.trim().toLowerCase());
    const picked = namesakes.filter((m) => pickedIds.includes(m.userId));
    for (const m of picked.length ? picked : namesakes) found.add(m.userId);
  }
  return [...found];
}

/** The name shown for a person: their name, else the part of their address before the @. */
export const displayName = (user: { name: string | null; email: string }) =>
  user.name?.trim() || user.email.split("@")[0] || "A member";
