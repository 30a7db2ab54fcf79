"use client";

import { useQuery } from "@tanstack/react-query";
import type { MemberUsage } from "@/lib/usage/member-usage";
import type { UsageReport } from "@/lib/usage/usage-report";
import { getJson } from "./use-generations";

/** Every usage query starts with this key: invalidate it after a submit, a refund or a quota change. */
export const usageKey = ["usage"] as const;

export const usageKeys = {
  all: usageKey,
  member: () => [...usageKey, "member"] as const,
  report: (month: string | null) => [...usageKey, "report", month ?? "current"] as const,
};

/** This member's (and the workspace's) video seconds this month; refreshed after each submit and failure. */
export function useUsage() {
  return useQuery({
    queryKey: usageKeys.member(),
    queryFn: () => getJson<MemberUsage>("/api/usage"),
    staleTime: 30_000,
  });
}

/** The usage page's month: per member, per day, in all. */
export function useUsageReport(month: string | null, initial?: UsageReport) {
  return useQuery({
    queryKey: usageKeys.report(month),
    queryFn: () =>
      getJson<UsageReport>(`/api/usage/report${month ? `?month=${encodeURIComponent(month)}` : ""}`),
    initialData: initial,
    staleTime: 30_000,
  });
}
