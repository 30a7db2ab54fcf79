import { z } from "@/lib/validation/zod";
import { faultSchema } from "./faults";
import { errorResponse, json, parseJsonBody } from "./http";
import { LIST_FILTER_MODES } from "./list-tasks";
import type { Simulator } from "./simulator";

const configSchema = z.strictObject({
  listFilters: z.enum(LIST_FILTER_MODES).optional(),
  maxInFlight: z.int().min(1).max(1000).nullable().optional(),
  taskDurationMs: z.int().min(0).max(600_000).optional(),
});

const invalid = (error: z.ZodError) =>
  errorResponse(
    400,
    "bad_request",
    error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; "),
  );

/**
 * `/__sim/*`: lets an out-of-process test (Playwright, a script) drive the simulator.
 * Only mounted with `controlEnabled`, since the request log holds bearer tokens.
 */
export function handleControl(sim: Simulator, request: Request, path: string, body: string): Response {
  const route = `${request.method} ${path}`;
  switch (route) {
    case "POST /__sim/faults": {
      const fault = faultSchema.safeParse(parseJsonBody(body));
      if (!fault.success) return invalid(fault.error);
      sim.injectFault(fault.data);
      return json({ ok: true });
    }
    case "POST /__sim/config": {
      const config = configSchema.safeParse(parseJsonBody(body));
      if (!config.success) return invalid(config.error);
      sim.configure(config.data);
      return json({ ok: true, config: sim.config });
    }
    case "GET /__sim/config":
      return json({ config: sim.config });
    case "GET /__sim/stats":
      return json({ stats: sim.stats });
    case "DELETE /__sim/faults":
      sim.clearFaults();
      return json({ ok: true });
    case "GET /__sim/requests":
      return json({ requests: sim.requests, fetchedImages: sim.fetchedImages, callbacks: sim.callbacks });
    case "GET /__sim/tasks":
      return json({ items: [...sim.tasks.keys()].map((id) => sim.taskRecord(id)) });
    case "POST /__sim/reset":
      sim.reset();
      return json({ ok: true });
    default:
      return errorResponse(404, "no_api", `No control route ${route}.`);
  }
}
