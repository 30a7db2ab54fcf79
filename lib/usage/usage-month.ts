import { z } from "@/lib/validation/zod";

/**
 * Usage is counted per calendar month in UTC, so every member, time zone and server agrees on
 * when a quota renews. Pure: the usage page and the create panel use it too.
 */
export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const monthStart = (now: Date) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));

export const nextMonthStart = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));

/** "2026-03" for any instant in March 2026 (UTC). */
export const monthKey = (date: Date) => date.toISOString().slice(0, 7);

/** The first instant of a "YYYY-MM" month and of the month after it. */
export function monthRange(month: string): { from: Date; to: Date } {
  const match = MONTH_PATTERN.exec(month);
  if (!match) throw new RangeError(`Not a month: ${month}`);
  const from = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1));
  return { from, to: nextMonthStart(from) };
}

/** Every day of a month as "YYYY-MM-DD" (UTC). */
export function daysOf(month: string): string[] {
  const { from, to } = monthRange(month);
  const days: string[] = [];
  for (let d = from.getTime(); d < to.getTime(); d += 86_400_000)
    days.push(new Date(d).toISOString().slice(0, 10));
  return days;
}

/** The usage report's query: a month, or none for the current one. */
export const usageReportQuerySchema = z.object({
  month: z
    .string({ error: "Give the month as YYYY-MM, for example 2026-03." })
    .regex(MONTH_PATTERN, { error: "Give the month as YYYY-MM, for example 2026-03." })
    .optional(),
});
