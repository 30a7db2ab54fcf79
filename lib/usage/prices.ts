/**
 * What a team pays, in US dollars, kept as whole micro-dollars (millionths) so sums are exact.
 * Neither Grok nor Ace Data Cloud report a price per task (GROK_API.md §7), so money exists only
 * where an admin sets a price per second for a model; without one, everything stays in seconds.
 * Pure and shared: the create panel prices what it will send with the same function the server
 * charges with. No zod here (the studio's first load would carry it, ~90 KiB): what parses prices
 * is in price-schemas.ts, for the server.
 */
export const MICROS = 1_000_000;
/** $100 a second is far past any price seen; it keeps sums of a month well inside a bigint. */
export const MAX_PRICE_MICROS = 100 * MICROS;
/** A month's money quota up to $10,000,000. */
export const MAX_BUDGET_MICROS = 10_000_000 * MICROS;

/** Model id → micro-dollars per second of video. A model missing from it has no price. */
export type PriceTable = Record<string, number>;

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

/** Micro-dollars as the dollars a form shows ("0.05"); empty for no price. */
export const dollarsText = (micros: number | null | undefined) =>
  micros === null || micros === undefined ? "" : String(micros / MICROS);
