import { daysOf } from "./usage-month";

export interface DaySeconds {
  /** "YYYY-MM-DD", UTC. */
  day: string;
  /** Seconds requested that day, less those refunded for the same day's videos. */
  seconds: number;
  /** What they cost, in micro-dollars (0 where nothing was priced). */
  costMicros: number;
}

/**
 * One bar per day of the month, days without video included (a chart with gaps in its axis
 * misleads). Refunds net out of the day they are attributed to; a day never shows less than 0.
 */
export function dailySeries(
  month: string,
  rows: ReadonlyArray<{ day: string; kind: string; seconds: number; costMicros?: number }>,
): DaySeconds[] {
  const net = new Map<string, { seconds: number; costMicros: number }>();
  for (const row of rows) {
    const sign = row.kind === "refunded" ? -1 : row.kind === "requested" ? 1 : 0;
    const day = net.get(row.day) ?? { seconds: 0, costMicros: 0 };
    net.set(row.day, {
      seconds: day.seconds + sign * row.seconds,
      costMicros: day.costMicros + sign * (row.costMicros ?? 0),
    });
  }
  return daysOf(month).map((day) => ({
    day,
    seconds: Math.max(0, net.get(day)?.seconds ?? 0),
    costMicros: Math.max(0, net.get(day)?.costMicros ?? 0),
  }));
}
