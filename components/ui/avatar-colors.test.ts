import { describe, expect, it } from "vitest";
import { AVATAR_COLORS, avatarColor } from "./avatar-colors";

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe("avatar colours", () => {
  it.each(AVATAR_COLORS)("white initials on %s pass WCAG AA for small text", (hex) => {
    const contrast = 1.05 / (luminance(hex) + 0.05);
    expect(contrast).toBeGreaterThanOrEqual(4.5);
  });

  it("gives one person the same colour every time and spreads people over the palette", () => {
    expect(avatarColor("user-1")).toBe(avatarColor("user-1"));
    const used = new Set(Array.from({ length: 200 }, (_, i) => avatarColor(`user-${i}`)));
    expect(used.size).toBeGreaterThan(10);
  });
});
