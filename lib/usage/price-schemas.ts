import { z } from "@/lib/validation/zod";
import { formatMoney, MAX_PRICE_MICROS, MICROS, type PriceTable } from "./prices";

// Parsing prices, apart from prices.ts so the pages that only show money load no zod.

const storedPrices = z.record(z.string(), z.number().int().min(0).max(MAX_PRICE_MICROS));

/** The workspace's stored prices (a JSON column): anything unreadable is no price at all. */
export function readPrices(json: unknown): PriceTable {
  const parsed = storedPrices.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

/**
 * Dollars typed by a person ("0.05", "$1.20", "1,5" is refused) as micro-dollars; empty means
 * "no price" (null). Refused: more than six decimals, negative, or above `max`.
 */
export function dollarsSchema(what: string, max: number) {
  return z
    .string()
    .trim()
    .max(20, `Enter ${what} in dollars, like 0.05.`)
    .transform((text) => text.replace(/^\$/, ""))
    .refine((text) => text === "" || /^\d+(\.\d{1,6})?$/.test(text), `Enter ${what} in dollars, like 0.05.`)
    .transform((text) => (text === "" ? null : Math.round(Number(text) * MICROS)))
    .refine((micros) => micros === null || micros <= max, `That is more than ${formatMoney(max)}.`);
}
