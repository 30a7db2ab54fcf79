import { db } from "@/lib/db/client";
import { requireWorkspace } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { usageReport } from "@/lib/usage/usage-report";
import { usageReportQuerySchema } from "@/lib/usage/usage-month";

/** A month's usage (`?month=YYYY-MM`, else this one): every member for usage.read.all, else one's own row. */
export const GET = withJsonErrors(async (request: Request) => {
  const { month } = usageReportQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { user, workspace, role } = await requireWorkspace("usage.read.own");
  const report = await usageReport(db, {
    workspaceId: workspace.id,
    viewer: { userId: user.id, role },
    month,
  });
  return Response.json(report, { headers: { "Cache-Control": "private, no-store" } });
});
