import { requireUser } from "@/lib/auth/guard";
import { withJsonErrors } from "@/lib/http/json-errors";
import { uploadAvailability } from "@/lib/uploads/wiring";

export const GET = withJsonErrors(async () => {
  await requireUser();
  return Response.json(uploadAvailability(), { headers: { "Cache-Control": "private, no-store" } });
});
