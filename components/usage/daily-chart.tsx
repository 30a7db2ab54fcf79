"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DaySeconds } from "@/lib/usage/daily-series";
import { dayLabel, seconds } from "./format";

/** What the chart shows, in words: the chart itself is hidden from screen readers. */
export function chartSummary(days: DaySeconds[]): string {
  const total = days.reduce((s, d) => s + d.seconds, 0);
  if (total === 0) return "No video this month yet.";
  const active = days.filter((d) => d.seconds > 0);
  const busiest = active.reduce((a, b) => (b.seconds > a.seconds ? b : a));
  return `${seconds(total)} of video on ${active.length} ${active.length === 1 ? "day" : "days"}; the busiest was ${dayLabel(busiest.day)} with ${seconds(busiest.seconds)}.`;
}

/** Seconds of video per day of the month, one bar a day (days without video show as gaps). */
export function DailyChart({ days, title }: { days: DaySeconds[]; title: string }) {
  const data = days.map((d) => ({ ...d, label: String(Number(d.day.slice(8))) }));
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
            <YAxis allowDecimals={false} tickLine={false} axisLine={false} width={48} fontSize={11} />
            <Tooltip
              cursor={{ fillOpacity: 0.08 }}
              labelFormatter={(_label, payload) => {
                const day = payload?.[0]?.payload?.day as string | undefined;
                return day ? dayLabel(day) : "";
              }}
              formatter={(value) => [seconds(Number(value)), "Video"]}
            />
            <Bar dataKey="seconds" fill="currentColor" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-sm text-muted-foreground" data-testid="chart-summary">
        {chartSummary(days)}
      </figcaption>
    </figure>
  );
}
