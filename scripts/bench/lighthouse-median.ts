import lighthouse from "lighthouse";

export interface PageFigures {
  score: number;
  /** Seconds. */
  lcp: number;
  cls: number;
  /** Milliseconds. */
  tbt: number;
  /** Lighthouse's benchmark index of this host (higher is faster; the preset assumes ~1500–2000). */
  benchmarkIndex: number;
  /** Every run's score, lowest first, to show the spread. */
  scores: number[];
  /** Where the main thread went in the median run (ms by category), and its heaviest scripts. */
  mainThread: string;
  /** The element Lighthouse took as the largest paint. */
  lcpElement: string;
}

/**
 * Lighthouse's mobile preset (Moto G Power viewport, simulated slow 4G, CPU ×`cpuSlowdown`) on
 * `url`, `runs` times; the run with the median score is returned (as Lighthouse CI does), since
 * one run on a small, shared machine is noisy.
 */
export async function lighthouseMedian(
  url: string,
  {
    port,
    runs,
    cookie,
    cpuSlowdown = 4,
  }: { port: number; runs: number; cookie?: string; cpuSlowdown?: number },
): Promise<PageFigures> {
  const measured: Omit<PageFigures, "scores">[] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(
      url,
      {
        port,
        onlyCategories: ["performance"],
        extraHeaders: cookie ? { Cookie: cookie } : {},
        output: "json",
        logLevel: "error",
      },
      { extends: "lighthouse:default", settings: { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } },
    );
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const breakdown = (lhr.audits["mainthread-work-breakdown"]?.details as { items?: Item[] } | undefined)
      ?.items;
    const bootup = (lhr.audits["bootup-time"]?.details as { items?: Item[] } | undefined)?.items;
    const lcpItems = (
      lhr.audits["largest-contentful-paint-element"]?.details as { items?: Item[] } | undefined
    )?.items;
    measured.push({
      score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      lcp: audit("largest-contentful-paint") / 1000,
      cls: audit("cumulative-layout-shift"),
      tbt: audit("total-blocking-time"),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      mainThread: [
        (breakdown ?? [])
          .slice(0, 4)
          .map((b) => `${b.groupLabel ?? b.group} ${Math.round(Number(b.duration))} ms`)
          .join(", "),
        (bootup ?? [])
          .slice(0, 3)
          .map((b) => `${String(b.url).replace(/^https?:\/\/[^/]+/, "")} ${Math.round(Number(b.total))} ms`)
          .join(", "),
      ].join(" | "),
      lcpElement: describeLcp(lcpItems),
    });
  }
  const byScore = [...measured].sort((a, b) => a.score - b.score);
  return { ...byScore[Math.floor(byScore.length / 2)]!, scores: byScore.map((m) => m.score) };
}

type Item = Record<string, unknown>;

function describeLcp(items: Item[] | undefined): string {
  // Lighthouse 12 nests the element in a table of tables; older ones list it directly.
  const first = items?.[0] as { node?: Item; items?: { node?: Item }[] } | undefined;
  const node = first?.node ?? first?.items?.[0]?.node;
  return node ? String(node.nodeLabel ?? node.selector ?? "?").slice(0, 60) : "?";
}
