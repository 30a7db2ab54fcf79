import { describe, expect, it } from "vitest";
import { isInvalidInputError, isUniqueViolation } from "./errors";

const coded = (code: string, originalCode?: string) =>
  Object.assign(new Error(code), {
    code,
    ...(originalCode ? { meta: { driverAdapterError: { cause: { originalCode } } } } : {}),
  });

describe("Prisma errors by code", () => {
  it("recognises a unique violation by P2002 alone", () => {
    expect(isUniqueViolation(coded("P2002"))).toBe(true);
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation(coded("P2025"))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it("counts values the database cannot take as invalid input", () => {
    expect(isInvalidInputError(coded("P2000"))).toBe(true);
    expect(isInvalidInputError(coded("P2039", "22021"))).toBe(true); // NUL in text
    expect(isInvalidInputError(coded("P2039", "22P05"))).toBe(true); // untranslatable character
    expect(isInvalidInputError(coded("22021"))).toBe(true);
  });

  it("does not excuse server-side failures", () => {
    expect(isInvalidInputError(coded("P2021", "42P01"))).toBe(false);
    expect(isInvalidInputError(coded("P2039", "53300"))).toBe(false);
    expect(isInvalidInputError(coded("P2002"))).toBe(false);
    expect(isInvalidInputError(new Error("boom"))).toBe(false);
  });
});
