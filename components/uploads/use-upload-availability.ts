"use client";

import { workspaceFetch } from "@/hooks/request-workspace";
import { useQuery } from "@tanstack/react-query";
import type { UploadAvailability } from "@/lib/uploads/availability";

export const uploadKeys = {
  all: ["uploads"] as const,
  availability: () => [...uploadKeys.all, "availability"] as const,
};

async function fetchAvailability(): Promise<UploadAvailability> {
  const response = await workspaceFetch("/api/uploads/availability", {
    headers: { accept: "application/json" },
  });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error(body?.error?.message ?? `Request failed (${response.status})`);
  return body as UploadAvailability;
}

/** Whether the upstream could fetch our images in this deployment; it does not change while running. */
export function useUploadAvailability() {
  return useQuery({
    queryKey: uploadKeys.availability(),
    queryFn: fetchAvailability,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
