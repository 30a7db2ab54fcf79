import { describe, expect, it } from "vitest";
import { dollarsSchema, readPrices } from "./price-schemas";
import { costMicros, dollarsText, formatMoney, MICROS } from "./prices";

describe("prices", () => {
  it("prices seconds of a model, and nothing for a model without a price", () => {
    const prices = { "grok-imagine-video": 50_000 };
    expect(costMicros(prices, "grok-imagine-video", 6)).toBe(300_000);
    expect(costMicros(prices, "grok-imagine-video-1.5-preview", 6)).toBeNull();
  });

  it("reads stored prices, and treats anything unreadable as no prices", () => {
    expect(readPrices({ a: 10 })).toEqual({ a: 10 });
    expect(readPrices(null)).toEqual({});
    expect(readPrices({ a: -1 })).toEqual({});
    expect(readPrices("nonsense")).toEqual({});
  });

  it("shows cents, and more digits only where a price needs them", () => {
    expect(formatMoney(300_000)).toBe("$0.30");
    expect(formatMoney(12_500_000)).toBe("$12.50");
    expect(formatMoney(35_000)).toBe("$0.035");
    expect(formatMoney(1_234_567_890_000)).toBe("$1,234,567.89");
    expect(formatMoney(0)).toBe("$0.00");
  });

  it("takes dollars as people type them, and refuses what is not an amount", () => {
    const schema = dollarsSchema("a price", 100 * MICROS);
    expect(schema.parse("0.05")).toBe(50_000);
    expect(schema.parse(" $1.2 ")).toBe(1_200_000);
    expect(schema.parse("")).toBeNull();
    expect(schema.safeParse("1,5").error?.issues[0]?.message).toBe("Enter a price in dollars, like 0.05.");
    expect(schema.safeParse("-1").success).toBe(false);
    expect(schema.safeParse("0.0000001").success).toBe(false);
    expect(schema.safeParse("101").error?.issues[0]?.message).toBe("That is more than $100.00.");
    expect(dollarsText(50_000)).toBe("0.05");
    expect(dollarsText(null)).toBe("");
  });
});
