import { faultSchema } from "./faults";
import { errorResponse, json, parseJsonBody } from "./http";
import type { Simulator } from "./simulator";

/**
 * `/__sim/*`: lets an out-of-process test (Playwright, a script) drive the simulator.
 * Only mounted with `controlEnabled`, since the request log holds bearer tokens.
 */
export async function handleControl(sim: Simulator, request: Request, path: string): Promise<Response> {
  const route = `${request.method} ${path}`;
  switch (route) {
    case "POST /__sim/faults": {
      const fault = faultSchema.safeParse(parseJsonBody(await request.text()));
      if (!fault.success)
        return errorResponse(400, "bad_request", fault.error.issues.map((i) => i.message).join("; "));
      sim.injectFault(fault.data);
      return json({ ok: true });
    }
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
