/**
 * Avatar backgrounds: Tailwind's 700 shades, each dark enough for white 10 px initials to pass
 * WCAG AA (4.5:1) — a hue-rotated HSL at fixed lightness did not (yellow-greens fell near 3:1).
 */
export const AVATAR_COLORS = [
  "#b91c1c", // red
  "#c2410c", // orange
  "#a16207", // yellow
  "#4d7c0f", // lime
  "#15803d", // green
  "#047857", // emerald
  "#0f766e", // teal
  "#0e7490", // cyan
  "#0369a1", // sky
  "#1d4ed8", // blue
  "#4338ca", // indigo
  "#6d28d9", // violet
  "#7e22ce", // purple
  "#a21caf", // fuchsia
  "#be185d", // pink
  "#be123c", // rose
] as const;

/** A stable colour per person, so the same teammate looks the same on every card and device. */
export function avatarColor(seed: string): string {
  let h = 0;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return AVATAR_COLORS[h % AVATAR_COLORS.length]!;
}
