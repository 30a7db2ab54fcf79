import pino, { type DestinationStream, type Logger } from "pino";
import { currentLogContext } from "./context";

/**
 * One JSON line per event on stdout: time, level, event name, message, and the request id, route,
 * workspace and generation of whatever was being handled (lib/log/context.ts), so an operator can
 * follow one submit from the click to the callback to the saved copy with `grep <generationId>`.
 * `LOG_LEVEL` (default info) chooses how much; errors carry their stack under `err`.
 */
const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

export function createLogger(destination?: DestinationStream): Logger {
  const wanted = process.env.LOG_LEVEL?.trim().toLowerCase() ?? "";
  return pino(
    {
      // A misspelt level must not stop the server: it logs at info.
      level: LEVELS.includes(wanted) ? wanted : "info",
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => ({ ...currentLogContext() }),
    },
    destination ?? pino.destination({ fd: 1, sync: true }),
  );
}

const KEY = Symbol.for("grok-video-studio.logger");
/** The process's logger (one across `next build`'s bundles, like the context it reads). */
export const log: Logger = ((globalThis as Record<symbol, unknown>)[KEY] ??= createLogger()) as Logger;
