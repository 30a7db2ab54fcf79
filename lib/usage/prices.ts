import { z } from "@/lib/validation/zod";

/**
 * What a team pays, in US dollars, kept as whole micro-dollars (millionths) so sums are exact.
 * Neither Grok nor Ace Data Cloud report a price per task (GROK_API.md §7), so money exists only
 * where an admin sets a price per second for a model; without one, everything stays in seconds.
 * Pure and shared: the create panel prices what it will send with the same function the server
 * charges with.
 */
export const MICROS = 1_000_000;
/** $100 a second is far past any price seen; it keeps sums of a month well inside a bigint. */
export const MAX_PRICE_MICROS = 100 * MICROS;
/** A month's money quota up to $10,000,000. */
export const MAX_BUDGET_MICROS = 10_000_000 * MICROS;

/** Model id → micro-dollars per second of video. A model missing from it has no price. */
export type PriceTable = Record<string, number>;

const storedPrices = z.record(z.string(), z.number().int().min(0).max(MAX_PRICE_MICROS));

/** The workspace's stored prices (a JSON column): anything unreadable is no price at all. */
export function readPrices(json: unknown): PriceTable {
  const parsed = storedPrices.safeParse(json ?? {});
  return parsed.success ? parsed.data : {};
}

/** The cost of `seconds` of `model`, or null when the model has no price. */
export function costMicros(prices: PriceTable, model: string, seconds: number): number | null {
  const price = prices[model];
  return price === undefined ? null : price * seconds;
}

/** "$0.90", "$12.50", "$0.035": cents always, and more digits only when a price needs them. */
export function formatMoney(micros: number): string {
  const dollars = micros / MICROS;
  const digits = Number.isInteger(dollars * 100) ? 2 : Math.min(6, Math.max(2, decimals(dollars)));
  return dollars.toLocaleString("en-US", {
    style: "currency",
    currency: "USD",
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  });
}

const decimals = (n: number) => (String(n).split(".")[1] ?? "").length;

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

/** Micro-dollars as the dollars a form shows ("0.05"); empty for no price. */
export const dollarsText = (micros: number | null | undefined) =>
  micros === null || micros === undefined ? "" : String(micros / MICROS);
