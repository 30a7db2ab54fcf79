/** One event of the app's structured log (lib/log/logger.ts): a JSON object per line. */
export type LogEvent = Record<string, unknown> & { event?: string; level?: string; msg?: string };

/** The JSON lines of a server's output; Next's own banner lines are left out. */
export function logEvents(output: string): LogEvent[] {
  const events: LogEvent[] = [];
  for (const line of output.split("\n")) {
    // Several instances' outputs may be joined with a label in front; the JSON starts at "{".
    const start = line.indexOf('{"level"');
    if (start < 0) continue;
    try {
      events.push(JSON.parse(line.slice(start)) as LogEvent);
    } catch {
      // A line cut by the bounded output buffer: not an event to judge.
    }
  }
  return events;
}
