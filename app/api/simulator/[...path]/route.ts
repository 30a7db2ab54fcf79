import { isDemoMode } from "@/lib/config/env";
import { demoSimulator } from "@/lib/generations/demo-simulator";

/**
 * Demo mode's upstream: the Grok API simulator, mounted inside the app so one process serves
 * both. Absent (404) whenever a real ACEDATA_API_TOKEN is configured.
 */
async function handle(request: Request): Promise<Response> {
  if (!isDemoMode()) return new Response("Not found", { status: 404 });
  return demoSimulator().handle(request);
}

export { handle as GET, handle as POST, handle as HEAD, handle as DELETE };
