import type { Page } from "@playwright/test";

/** One layout shift not caused by input, with what moved and from where to where. */
export interface LayoutShift {
  value: number;
  at: number;
  sources: string[];
}

/** Records every layout shift from the first paint on (call before `goto`). */
export async function watchLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; at: number; sources: string[] }[] = [];
    (window as unknown as { __shifts: typeof shifts }).__shifts = shifts;
    const where = (r: DOMRectReadOnly) =>
      `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
      })[])
        if (!entry.hadRecentInput)
          shifts.push({
            value: entry.value,
            at: Math.round(entry.startTime),
            sources: (entry.sources ?? []).map((s) => {
              const node = s.node as HTMLElement | null | undefined;
              const name = node?.dataset?.testid ?? String(node?.className ?? "").slice(0, 40);
              return `${node?.nodeName ?? "?"}[${name}] ${where(s.previousRect)} -> ${where(s.currentRect)}`;
            }),
          });
    }).observe({ type: "layout-shift", buffered: true });
  });
}

/** The shifts recorded so far and their sum (CLS for the page's life until now). */
export async function layoutShifts(page: Page): Promise<{ cls: number; shifts: LayoutShift[] }> {
  const shifts = await page.evaluate(() => (window as unknown as { __shifts: LayoutShift[] }).__shifts);
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}
