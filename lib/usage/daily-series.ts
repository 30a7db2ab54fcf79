import { daysOf } from "./usage-month";

export interface DaySeconds {
  /** "YYYY-MM-DD", UTC. */
  day: string;
  /** Seconds requested that day, less those refunded for the same day's videos. */
  seconds: number;
}

/**
 * One bar per day of the month, days without video included (a chart with gaps in its axis
 * misleads). Refunds net out of the day they are attributed to; a day never shows less than 0.
 */
export function dailySeries(
  month: string,
  rows: ReadonlyArray<{ day: string; kind: string; seconds: number }>,
): DaySeconds[] {
  const net = new Map<string, number>();
  for (const row of rows) {
    const sign = row.kind === "refunded" ? -1 : row.kind === "requested" ? 1 : 0;
    net.set(row.day, (net.get(row.day) ?? 0) + sign * row.seconds);
  }
  return daysOf(month).map((day) => ({ day, seconds: Math.max(0, net.get(day) ?? 0) }));
}
