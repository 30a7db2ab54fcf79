"use client";

import { useQuery } from "@tanstack/react-query";
import type { MemberUsage } from "@/lib/generations/usage";
import { getJson } from "./generations";

export const usageKey = ["usage"] as const;

/** This member's video seconds this month; refreshed after each submit and each failure (refund). */
export function useUsage() {
  return useQuery({
    queryKey: usageKey,
    queryFn: () => getJson<MemberUsage>("/api/usage"),
    staleTime: 30_000,
  });
}
