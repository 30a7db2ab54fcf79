import { z } from "@/lib/validation/zod";

export const MAX_QUOTA_SECONDS = 10_000_000;

/**
 * A monthly quota in seconds of video, or null for no limit. Pure, so the usage page checks
 * what it sends with the same rules (and messages) as the server.
 */
export const quotaSecondsSchema = z
  .number({ error: "Enter the quota as a number of seconds, or leave it empty for no limit." })
  .int({ error: "Enter the quota in whole seconds." })
  .min(0, { error: "A quota cannot be negative." })
  .max(MAX_QUOTA_SECONDS, { error: "A quota can be at most 10,000,000 seconds (about 115 days of video)." })
  .nullable();

/** What the quota editor's text box holds: empty means no limit. */
export const parseQuotaInput = (text: string) =>
  quotaSecondsSchema.safeParse(text.trim() === "" ? null : Number(text.trim()));
