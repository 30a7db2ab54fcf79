/**
 * Runs the Grok API simulator locally:
 *   npx tsx lib/grok/simulator/cli.ts --port 4010 [--token T] [--task-duration-ms 4000]
 *     [--latency-ms 0] [--base-path /x] [--public-base-url URL] [--control] [--no-callbacks]
 *     [--persist-file tasks.jsonl] [--list-filters supported|ignored|refused]
 *     [--max-in-flight 5]   (0: no limit)
 * Then point ACEDATA_BASE_URL at the printed URL.
 */
import { parseArgs } from "node:util";
import { LIST_FILTER_MODES, type ListFilterMode } from "./list-tasks";
import { startSimulatorServer } from "./server";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "4010" },
    host: { type: "string", default: "127.0.0.1" },
    token: { type: "string" },
    "task-duration-ms": { type: "string", default: "4000" },
    "latency-ms": { type: "string", default: "0" },
    "base-path": { type: "string", default: "" },
    "public-base-url": { type: "string" },
    control: { type: "boolean", default: false },
    "no-callbacks": { type: "boolean", default: false },
    "persist-file": { type: "string" },
    "list-filters": { type: "string", default: "supported" },
    "max-in-flight": { type: "string", default: "5" },
  },
});

const listFilters = values["list-filters"] as ListFilterMode;
if (!LIST_FILTER_MODES.includes(listFilters))
  throw new Error(`--list-filters must be one of ${LIST_FILTER_MODES.join(", ")}, got ${listFilters}`);

const number = (name: string, value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a non-negative number, got ${value}`);
  return n;
};

const server = await startSimulatorServer({
  port: number("port", values.port),
  host: values.host,
  token: values.token,
  taskDurationMs: number("task-duration-ms", values["task-duration-ms"]),
  latencyMs: number("latency-ms", values["latency-ms"]),
  basePath: values["base-path"],
  publicBaseUrl: values["public-base-url"],
  controlEnabled: values.control,
  sendCallbacks: !values["no-callbacks"],
  persistFile: values["persist-file"],
  listFilters,
  maxInFlight: number("max-in-flight", values["max-in-flight"]) || undefined,
  // Like the real upstream, the video is ready when the task finishes.
  prepareClips: true,
});

console.log(`Grok simulator listening on ${server.url}`);
console.log(`  ACEDATA_BASE_URL=${server.url}`);
console.log(values.token ? "  requires Authorization: Bearer <--token>" : "  accepts any bearer token");
if (values.control) console.log(`  control: ${server.url}/__sim/{faults,requests,tasks,config,stats,reset}`);

const stop = () => void server.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
