"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DaySeconds } from "@/lib/usage/daily-series";
import { formatMoney, MICROS } from "@/lib/usage/prices";
import { dayLabel, seconds } from "./format";

/** What a day's bar measures: seconds of video, or (where the team sets prices) their cost. */
export type DailyMetric = "seconds" | "money";
const METRICS = {
  seconds: { of: (d: DaySeconds) => d.seconds, say: seconds, what: "of video", name: "Video" },
  money: { of: (d: DaySeconds) => d.costMicros, say: formatMoney, what: "spent", name: "Cost" },
} as const;

/** What the chart shows, in words: the chart itself is hidden from screen readers. */
export function chartSummary(days: DaySeconds[], metric: DailyMetric = "seconds"): string {
  const { of, say, what } = METRICS[metric];
  const total = days.reduce((s, d) => s + of(d), 0);
  if (total === 0) return metric === "money" ? "Nothing spent this month yet." : "No video this month yet.";
  const active = days.filter((d) => of(d) > 0);
  const busiest = active.reduce((a, b) => (of(b) > of(a) ? b : a));
  return `${say(total)} ${what} on ${active.length} ${active.length === 1 ? "day" : "days"}; the busiest was ${dayLabel(busiest.day)} with ${say(of(busiest))}.`;
}

/** Seconds of video (or money) per day of the month, one bar a day (days without show as gaps). */
export function DailyChart({
  days,
  title,
  metric = "seconds",
}: {
  days: DaySeconds[];
  title: string;
  metric?: DailyMetric;
}) {
  const { of, say, name } = METRICS[metric];
  // Money is plotted in dollars (the axis reads 0.5, 1, 1.5), told in full in the tooltip.
  const data = days.map((d) => ({
    ...d,
    value: metric === "money" ? of(d) / MICROS : of(d),
    label: String(Number(d.day.slice(8))),
  }));
  return (
    <figure className="grid gap-2" aria-labelledby="daily-chart-title">
      <h2 id="daily-chart-title" className="text-base font-semibold">
        {title}
      </h2>
      <div aria-hidden className="h-56 w-full min-w-0 text-primary" data-testid="daily-chart">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height: 224 }}>
          <BarChart
            data={data}
            margin={{ top: 8, right: 4, bottom: 0, left: -16 }}
            accessibilityLayer={false}
          >
            <CartesianGrid vertical={false} strokeOpacity={0.15} />
            <XAxis
              dataKey="label"
              tickLine={false}
              interval="preserveStartEnd"
              minTickGap={8}
              fontSize={11}
            />
            <YAxis
              allowDecimals={metric === "money"}
              tickLine={false}
              axisLine={false}
              width={metric === "money" ? 56 : 48}
              tickFormatter={(v: number) => (metric === "money" ? `$${v}` : String(v))}
              fontSize={11}
            />
            <Tooltip
              cursor={{ fillOpacity: 0.08 }}
              labelFormatter={(_label, payload) => {
                const day = payload?.[0]?.payload?.day as string | undefined;
                return day ? dayLabel(day) : "";
              }}
              formatter={(value) => [
                say(metric === "money" ? Math.round(Number(value) * MICROS) : Number(value)),
                name,
              ]}
            />
            <Bar dataKey="value" fill="currentColor" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground" data-testid="chart-summary">
        {chartSummary(days, metric)}
      </figcaption>
    </figure>
  );
}
