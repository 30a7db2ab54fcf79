import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { addLogContext, withLogContext } from "./context";
import { createLogger } from "./logger";

/** A logger writing into an array, one parsed JSON object per line. */
function capture() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { log: createLogger(sink), lines };
}

describe("the structured log", () => {
  it("writes one JSON line per event with time, level name, event and message", () => {
    const { log, lines } = capture();
    log.info({ event: "generation.sent", taskId: "t-1" }, "accepted by the provider");
    expect(lines).toEqual([
      expect.objectContaining({
        level: "info",
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/),
        event: "generation.sent",
        taskId: "t-1",
        msg: "accepted by the provider",
      }),
    ]);
  });

  it("adds the request's context to every line written while handling it, and only then", async () => {
    const { log, lines } = capture();
    await withLogContext({ requestId: "req-1", route: "/studio" }, async () => {
      addLogContext({ workspaceId: "ws-1" });
      await new Promise((resolve) => setTimeout(resolve, 1)); // context survives an await
      log.info({ event: "generation.submitted", generationId: "g-1" }, "submitted");
      // A job started inside keeps the request's fields and adds its own.
      withLogContext({ job: "mirror" }, () => log.warn({ event: "copy.failed" }, "not copied"));
    });
    log.info({ event: "jobs.running" }, "outside any request");
    expect(lines[0]).toMatchObject({
      requestId: "req-1",
      route: "/studio",
      workspaceId: "ws-1",
      generationId: "g-1",
    });
    expect(lines[1]).toMatchObject({ level: "warn", requestId: "req-1", job: "mirror" });
    expect(lines[2]).not.toHaveProperty("requestId");
  });

  it("keeps an error's message and stack under err, not as loose text", () => {
    const { log, lines } = capture();
    log.error({ event: "route.failed", err: new Error("disk full") }, "route failed");
    expect(lines[0]).toMatchObject({
      level: "error",
      err: { type: "Error", message: "disk full", stack: expect.stringContaining("logger.test.ts") },
    });
  });
});
