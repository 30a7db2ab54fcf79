import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { UsageView } from "@/components/usage/usage-view";
import { requirePageContext } from "@/lib/auth/page-guard";
import { db } from "@/lib/db/client";
import { usageReportQuerySchema } from "@/lib/usage/usage-month";
import { usageReport } from "@/lib/usage/usage-report";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePageContext("usage.read.own");
  const raw = (await searchParams).month;
  // A month the API would refuse falls back to this month rather than to an error page.
  const query = usageReportQuerySchema.safeParse({ month: typeof raw === "string" ? raw : undefined });
  const month = query.success ? (query.data.month ?? null) : null;
  const report = await usageReport(db, {
    workspaceId: ctx.workspace.id,
    viewer: { userId: ctx.user.id, role: ctx.role },
    month: month ?? undefined,
  });
  return <UsageView month={month} initial={report} />;
}
