import { describe, expect, it } from "vitest";
import { GrokError } from "./errors";
import { interpretCallback, interpretTask, submitResponseSchema, taskRecordSchema } from "./schemas";

const record = (fields: Record<string, unknown>) => taskRecordSchema.parse({ id: "t-1", ...fields });
const video = {
  id: "grok-imagine-video:41eb",
  video_url: "https://cdn.acedata.cloud/x.mp4",
  state: "succeeded",
};

describe("interpretTask (Nexior reading rules, docs/upstream-api.md §2)", () => {
  it("no response and not started → pending", () => {
    expect(interpretTask(record({ created_at: 1769262721.1 }))).toEqual({ taskId: "t-1", status: "pending" });
  });

  it("no response but started → running, with startedAt", () => {
    expect(interpretTask(record({ started_at: 1769262721.823, trace_id: "tr" }))).toEqual({
      taskId: "t-1",
      status: "running",
      traceId: "tr",
      startedAt: new Date(1769262721823),
    });
  });

  it("the documented finished record → succeeded with data[0].video_url", () => {
    const task = interpretTask(
      record({
        type: "videos",
        created_at: 1769262721.1,
        started_at: 1769262721.823,
        finished_at: 1769262729.623,
        elapsed: 7.8,
        request: { prompt: "kitten" },
        response: { success: true, task_id: "t-1", trace_id: "fb75", data: [video] },
      }),
    );
    expect(task).toEqual({
      taskId: "t-1",
      status: "succeeded",
      videoUrl: "https://cdn.acedata.cloud/x.mp4",
      traceId: "fb75",
      startedAt: new Date(1769262721823),
      finishedAt: new Date(1769262729623),
    });
  });

  it("success true without a video_url → failed malformed_response", () => {
    const task = interpretTask(record({ response: { success: true, data: [{ id: "v" }] } }));
    expect(task).toMatchObject({ status: "failed", errorCode: "malformed_response" });
    expect(interpretTask(record({ response: { success: true } })).status).toBe("failed");
  });

  it("success false → failed with the upstream's code and message", () => {
    const task = interpretTask(
      record({
        response: { success: false, error: { code: "forbidden", message: "Flagged by moderation." } },
      }),
    );
    expect(task).toMatchObject({
      status: "failed",
      errorCode: "forbidden",
      errorMessage: "Flagged by moderation.",
    });
  });

  it("success false without an error still fails, with a default message", () => {
    expect(interpretTask(record({ response: { success: false } }))).toMatchObject({
      status: "failed",
      errorCode: "failed",
      errorMessage: "The video could not be generated.",
    });
  });

  it("data[].state failed → failed even if success is true", () => {
    const task = interpretTask(
      record({ response: { success: true, data: [{ ...video, state: "failed" }] } }),
    );
    expect(task.status).toBe("failed");
    expect(task.videoUrl).toBeUndefined();
  });

  it("an in-progress snapshot is not an outcome", () => {
    expect(
      interpretTask(record({ started_at: 1, response: { data: [{ state: "processing" }] } })).status,
    ).toBe("running");
    expect(interpretTask(record({ response: { data: [{ state: "pending" }] } })).status).toBe("pending");
    expect(interpretTask(record({ started_at: 1, response: {} })).status).toBe("running");
  });

  it("a null or non-object response reads as no answer yet", () => {
    expect(interpretTask(record({ started_at: 1, response: null })).status).toBe("running");
    expect(interpretTask(record({ response: "weird" })).status).toBe("pending");
  });

  it("tolerates unknown and mistyped optional fields", () => {
    const parsed = record({
      created_at: "yesterday",
      cost: 3,
      response: { success: true, data: [video], extra: { a: 1 } },
    });
    expect(parsed.created_at).toBeUndefined();
    expect(parsed.cost).toBe(3);
    expect(interpretTask(parsed).status).toBe("succeeded");
  });

  it("requires an id", () => {
    expect(taskRecordSchema.safeParse({}).success).toBe(false);
    expect(taskRecordSchema.safeParse({ id: "" }).success).toBe(false);
  });
});

describe("submitResponseSchema", () => {
  it("accepts the bare documented answer and tolerates extra fields", () => {
    expect(submitResponseSchema.parse({ task_id: "a" })).toEqual({ task_id: "a" });
    expect(submitResponseSchema.parse({ task_id: "a", trace_id: "t", success: true, x: 1 })).toMatchObject({
      x: 1,
    });
  });

  it("refuses an answer without task_id", () => {
    expect(submitResponseSchema.safeParse({ success: true }).success).toBe(false);
    expect(submitResponseSchema.safeParse({ task_id: "" }).success).toBe(false);
  });
});

describe("interpretCallback (§3 envelope)", () => {
  it("reads a success envelope", () => {
    expect(interpretCallback({ success: true, task_id: "t-9", trace_id: "tr", data: [video] })).toEqual({
      taskId: "t-9",
      status: "succeeded",
      videoUrl: video.video_url,
      traceId: "tr",
    });
  });

  it("reads a failure envelope", () => {
    expect(
      interpretCallback({ success: false, task_id: "t-9", error: { code: "forbidden", message: "No." } }),
    ).toMatchObject({
      taskId: "t-9",
      status: "failed",
      errorCode: "forbidden",
      errorMessage: "No.",
    });
  });

  it.each([[null], ["text"], [{}], [{ success: true }], [[1, 2]]])(
    "throws malformed_response for %j",
    (body) => {
      expect(() => interpretCallback(body)).toThrow(GrokError);
      try {
        interpretCallback(body);
      } catch (error) {
        expect((error as GrokError).code).toBe("malformed_response");
      }
    },
  );
});
