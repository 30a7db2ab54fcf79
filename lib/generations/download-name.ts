const MAX_SLUG = 60;
const MAX_WORDS = 8;
const FALLBACK = "grok-video";

/**
 * A readable, filesystem-safe name for a downloaded video: `a-lighthouse-in-a-storm-waves-k3j9.mp4`.
 * The id suffix keeps two videos made from the same prompt from overwriting each other in Downloads.
 */
export function downloadFileName(prompt: string, id: string): string {
  const words = prompt
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, MAX_WORDS);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) {
      if (!slug) slug = word.slice(0, MAX_SLUG);
      break;
    }
    slug = next;
  }
  // cuids start with a timestamp shared by neighbours; their tail is the random part.
  const suffix = id
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(-4);
  return `${slug || FALLBACK}${suffix ? `-${suffix}` : ""}.mp4`;
}
