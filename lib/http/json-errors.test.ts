import { describe, expect, it, vi } from "vitest";
import { z } from "@/lib/validation/zod";
import { AppError } from "@/lib/errors";
import { errorResponse, INVALID_INPUT_MESSAGE } from "./json-errors";
import { log } from "@/lib/log/logger";

async function answer(error: unknown) {
  const response = errorResponse(error);
  return {
    status: response.status,
    body: (await response.json()) as { error: { code: string; message: string } },
  };
}

/** What a Prisma 7 query with a driver adapter throws when PostgreSQL refuses a NUL (seen on PGlite and pg). */
function prismaNulError() {
  return Object.assign(new Error("Invalid `prisma.generation.findFirst()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code: "P2039",
    meta: {
      modelName: "Generation",
      driverAdapterError: {
        name: "DriverAdapterError",
        cause: { originalCode: "22021", kind: "postgres", code: "22021", message: "invalid byte sequence" },
      },
    },
  });
}

describe("errorResponse", () => {
  it("answers an AppError with its status, also one made by another bundle's copy of the class", async () => {
    expect(await answer(new AppError("too_large", "Too big."))).toEqual({
      status: 413,
      body: { error: { code: "too_large", message: "Too big." } },
    });
    // Not an instance of this bundle's AppError: recognised by name and code.
    const foreign = Object.assign(new Error("No such generation."), { name: "AppError", code: "not_found" });
    expect((await answer(foreign)).status).toBe(404);
  });

  it("answers a zod failure with 400 and the issues", async () => {
    const error = z.object({ q: z.string().max(1) }).safeParse({ q: "long" }).error;
    const { status, body } = await answer(error);
    expect(status).toBe(400);
    expect(body.error.message).toMatch(/^q: /);
  });

  it("answers values the database refused because of the input with 400, by code", async () => {
    expect(await answer(prismaNulError())).toEqual({
      status: 400,
      body: { error: { code: "bad_request", message: INVALID_INPUT_MESSAGE } },
    });
    const tooLong = Object.assign(new Error("too long"), { code: "P2000" });
    expect((await answer(tooLong)).status).toBe(400);
  });

  it("answers anything else with a 500 that says nothing about the cause", async () => {
    const logged = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const other = Object.assign(new Error("relation does not exist"), {
      code: "P2021",
      meta: { driverAdapterError: { cause: { originalCode: "42P01" } } },
    });
    for (const error of [new Error("boom"), other, "a string"]) {
      const { status, body } = await answer(error);
      expect(status).toBe(500);
      expect(body.error).toEqual({ code: "internal", message: "Something went wrong on our side." });
    }
    expect(logged).toHaveBeenCalledTimes(3);
    logged.mockRestore();
  });
});
