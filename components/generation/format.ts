/** "42 s", "1 min 5 s", "2 h 3 min": how long something took, to the second. */
export function formatElapsed(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h) return `${h} h ${m} min`;
  if (m) return s ? `${m} min ${s} s` : `${m} min`;
  return `${s} s`;
}

export const shortPrompt = (prompt: string, max = 80) =>
  prompt.length > max ? `${prompt.slice(0, max - 1).trimEnd()}…` : prompt;
