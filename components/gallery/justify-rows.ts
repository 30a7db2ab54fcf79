/** A card's shape: width over height, from its aspect ratio setting ("16:9" → 1.78). */
export function ratioOf(aspectRatio: string): number {
  const [w, h] = aspectRatio.split(":").map(Number);
  return w && h ? w / h : 16 / 9;
}

export interface JustifiedRow<T> {
  items: T[];
  /** The row's height in px; every card in it is `ratio × height` wide. */
  height: number;
  /** False for a group's last row when it is not full: it keeps the target height, left-aligned. */
  stretched: boolean;
}

/**
 * Breaks cards into rows exactly as CSS `flex-wrap` does with `flex-basis: ratio × target` (so
 * the server-rendered grid and this one agree), then grows each full row to the width: all
 * cards in a row share one height, and rows have no holes.
 */
export function justifyRows<T>(
  items: readonly T[],
  ratio: (item: T) => number,
  { width, target, gap }: { width: number; target: number; gap: number },
): JustifiedRow<T>[] {
  const rows: JustifiedRow<T>[] = [];
  let current: T[] = [];
  let used = 0;
  const close = (stretched: boolean) => {
    const sum = current.reduce((s, item) => s + ratio(item), 0);
    const free = width - gap * (current.length - 1);
    rows.push({ items: current, height: stretched ? free / sum : target, stretched });
    current = [];
    used = 0;
  };
  for (const item of items) {
    const basis = ratio(item) * target;
    const next = current.length === 0 ? basis : used + gap + basis;
    if (current.length > 0 && next > width + 0.01) close(true);
    used = current.length === 0 ? basis : used + gap + basis;
    current.push(item);
  }
  if (current.length > 0) close(false);
  return rows;
}
