export interface DayGroup<T> {
  /** yyyy-mm-dd in the reader's time zone. */
  key: string;
  label: string;
  items: T[];
}

/**
 * One formatter per time zone and style, made once: building an Intl.DateTimeFormat costs far more
 * than formatting with it (a new one per card was a visible share of the studio's hydration).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) formatters.set(key, (cached = new Intl.DateTimeFormat(locale, options)));
  return cached;
}

const dayKey = (date: Date, timeZone: string) =>
  formatter("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(date);

/**
 * Consecutive items of one calendar day (in `timeZone`) under one heading: "Today", "Yesterday",
 * or the date. Works for either sort order, as it only joins neighbours.
 */
export function groupByDay<T>(
  items: readonly T[],
  createdAt: (item: T) => string,
  { now, timeZone }: { now: Date; timeZone: string },
): DayGroup<T>[] {
  const today = dayKey(now, timeZone);
  const yesterday = dayKey(new Date(now.getTime() - 86_400_000), timeZone);
  const sameYear = (d: Date) => dayKey(d, timeZone).slice(0, 4) === today.slice(0, 4);
  const groups: DayGroup<T>[] = [];
  for (const item of items) {
    const date = new Date(createdAt(item));
    const key = dayKey(date, timeZone);
    const last = groups.at(-1);
    if (last?.key === key) {
      last.items.push(item);
      continue;
    }
    const label =
      key === today
        ? "Today"
        : key === yesterday
          ? "Yesterday"
          : formatter("en-GB", {
              timeZone,
              weekday: "short",
              day: "numeric",
              month: "long",
              ...(sameYear(date) ? {} : { year: "numeric" }),
            }).format(date);
    groups.push({ key, label, items: [item] });
  }
  return groups;
}
